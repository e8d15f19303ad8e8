namespace NamDinh.Graph.Cli.Tests;

/// <summary>The tests that share one server. Each uses its own report (another year of the test province), so none sees another's changes.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "server";
}
