using NamDinh.Graph.Api.Tests.Auth;

namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// With Limits:Introspection set to false, a document asking __schema or __type, however deep or through a fragment, is
/// INTROSPECTION_DISABLED (400) and nothing runs; __typename is still answered.
/// </summary>
public sealed class IntrospectionCanBeSwitchedOff(IntrospectionCanBeSwitchedOff.Server server) : IClassFixture<IntrospectionCanBeSwitchedOff.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:Introspection", "false"));

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Report\") { name fields { name } } }")]
    [InlineData("{ units { code } ...Schema } fragment Schema on Query { __schema { types { name } } }")]
    public async Task Introspection_is_INTROSPECTION_DISABLED(string query)
    {
        var answer = await server.Admin.PostAsync(query);

        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("INTROSPECTION_DISABLED", error.CodeOf());
        Assert.Contains("introspection", error.Text("message"));
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task Typename_is_still_answered()
    {
        var answer = await server.Admin.PostAsync("{ __typename units { __typename code } }");

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal("Query", answer.Data.Text("__typename"));
        Assert.Equal("Unit", answer.Data.Array("units")[0].Text("__typename"));
    }

    [Fact]
    public async Task An_anonymous_client_is_refused_alike()
    {
        var answer = await server.Factory.GraphQLWith(null).PostAsync("{ __schema { types { name } } }");

        Assert.Equal("INTROSPECTION_DISABLED", answer.FirstErrorCode);
    }
}
