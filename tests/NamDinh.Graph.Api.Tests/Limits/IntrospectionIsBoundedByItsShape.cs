namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// The introspection query every tool sends (graphql-js's getIntrospectionQuery with all its options, which GraphiQL,
/// Apollo's tooling, graphql-codegen and graphql-inspector use) is answered, with the fields of the October 2021 spec;
/// its cost is not weighed as data lists. What makes introspection explode (a type's members listed under another's,
/// the schema asked for under several aliases) is INTROSPECTION_TOO_COMPLEX, however it is written. The suite in
/// tests/e2e/clients sends graphql-js's own query with each option.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IntrospectionIsBoundedByItsShape(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    /// <summary>The shape of the standard introspection query, with every option of graphql-js 16 on.</summary>
    private const string StandardQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind } mutationType { name kind } subscriptionType { name kind }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    [Fact]
    public async Task The_standard_query_with_every_option_is_answered()
    {
        var answer = await _client.PostAsync(StandardQuery);

        Assert.True(answer.Errors.Count == 0, answer.Text[..Math.Min(answer.Text.Length, 2000)]);
        var schema = answer.Data!["__schema"]!;
        Assert.Equal("Query", schema["queryType"].Text("name"));
        Assert.StartsWith("The annual reports", schema.Text("description"));
        var types = schema.Array("types");
        Assert.Contains(types, type => type.Text("name") == "Report");
        Assert.All(types, type => Assert.Null(type!["specifiedByURL"]?.GetValue<string>()));
        var skip = Assert.Single(schema.Array("directives"), directive => directive.Text("name") == "skip");
        Assert.False(skip!["isRepeatable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Introspection_beside_data_costs_its_own_fields_only()
    {
        var answer = await _client.PostAsync(StandardQuery.Replace("__schema {", """report(province: "nam-dinh", year: 2021) { version } __schema {""", StringComparison.Ordinal));

        Assert.True(answer.Errors.Count == 0, answer.Text[..Math.Min(answer.Text.Length, 2000)]);
        Assert.Equal(1, answer.Data!["report"].Int("version"));
    }

    [Theory]
    [InlineData("""{ __type(name: "Query") { fields { type { fields { name } } } } }""", "fields")]
    [InlineData("""{ __schema { types { interfaces { fields { name } } } } }""", "fields")]
    [InlineData("""{ __schema { types { fields { type { ofType { ofType { enumValues { name } } } } } } } }""", "enumValues")]
    [InlineData("""{ __schema { types { ...Deeper } } } fragment Deeper on __Type { possibleTypes { ...Members } } fragment Members on __Type { inputFields { name } }""", "inputFields")]
    [InlineData("""{ a: __schema { types { name } } b: __schema { types { name } } }""", "__schema")]
    [InlineData("""{ ...S ...S2 } fragment S on Query { __schema { queryType { name } } } fragment S2 on Query { again: __schema { queryType { name } } }""", "__schema")]
    public async Task Exploding_introspection_is_INTROSPECTION_TOO_COMPLEX(string query, string named)
    {
        var answer = await _client.PostAsync(query);

        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("INTROSPECTION_TOO_COMPLEX", error.CodeOf());
        Assert.Contains(named, error.Text("message"));
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task A_type_and_its_fields_types_is_answered()
    {
        var answer = await _client.PostAsync("""{ __type(name: "Report") { name fields { name args { name } type { name kind ofType { name } } } } }""");

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Contains(answer.Data!["__type"].Array("fields"), field => field.Text("name") == "indicators");
    }

    [Fact]
    public async Task Directive_args_take_includeDeprecated()
    {
        var answer = await _client.PostAsync("""{ __schema { directives { name args(includeDeprecated: false) { name isDeprecated } } } }""");

        Assert.True(answer.Errors.Count == 0, answer.Text);
        var deprecated = Assert.Single(answer.Data!["__schema"].Array("directives"), directive => directive.Text("name") == "deprecated");
        Assert.Equal("reason", Assert.Single(deprecated!.Array("args")).Text("name"));
    }
}
