namespace NamDinh.Graph.Api.Tests;

/// <summary>The tests that share one server (<see cref="ApiFactory"/>) and the real Nam Định report, which none of them changes.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "API";
}
