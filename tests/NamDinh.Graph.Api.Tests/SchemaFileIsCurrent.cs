using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Schema;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// schema/schema.graphql is the SDL printed from the running schema. When the schema changes, this test
/// fails until the file is printed anew: run the tests once with UPDATE_SCHEMA=1 and review the diff.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SchemaFileIsCurrent(ApiFactory api)
{
    private const string SchemaFile = "schema/schema.graphql";

    [Fact]
    public void The_committed_SDL_is_the_schema_the_server_runs()
    {
        var schema = api.Services.GetRequiredService<NamDinhSchema>();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = RepositoryFiles.PathOf(SchemaFile);

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);

        Assert.True(File.Exists(path), $"{SchemaFile} is missing; run the tests with UPDATE_SCHEMA=1 to print it.");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == printed,
            $"{SchemaFile} is stale: the schema changed. Run the tests with UPDATE_SCHEMA=1, review and commit the new file.");
    }
}
