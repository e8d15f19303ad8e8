using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Schema;

namespace NamDinh.Graph.Api.Tests.PersistedOperations;

/// <summary>
/// Every operation in schema/operations/ is valid against the schema as it is now, so that a change of the schema that
/// would break a registered operation fails here, before a client meets it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EveryRegisteredOperationValidates(ApiFactory api)
{
    public static TheoryData<string> Operations =>
        [.. Directory.EnumerateFiles(RepositoryFiles.PathOf("schema/operations"), "*.graphql").Select(file => Path.GetFileNameWithoutExtension(file)).Order()];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_operation_is_valid(string name)
    {
        var schema = api.Services.GetRequiredService<NamDinhSchema>();
        schema.Initialize();
        var document = GraphQLParser.Parser.Parse(await File.ReadAllTextAsync(RepositoryFiles.PathOf($"schema/operations/{name}.graphql")));
        var operation = Assert.Single(document.Definitions.OfType<GraphQLOperationDefinition>());

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            RequestServices = api.Services,
        });

        // Variables are the client's to give: only the document itself is checked here.
        var problems = result.Errors.Where(error => error is not InvalidVariableError).Select(error => error.Message).ToList();
        Assert.True(problems.Count == 0, string.Join("; ", problems));
        Assert.Equal(name, operation.Name?.StringValue);
    }
}
