using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Api.Schema;

namespace NamDinh.Graph.Api.Tests.Ids;

/// <summary>
/// Apollo Client and urql key the objects they cache by type and id. Every object type of the schema has
/// <c>id: ID!</c>, but the root types and the plumbing of Relay connections (*Connection, *Edge, PageInfo), which both
/// clients keep inside the object that holds them. The schema is walked, so a type added without an id fails here.
/// The types a client may fetch again by id implement Node.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EveryObjectTypeHasAnId(ApiFactory api)
{
    public static readonly string[] NodeTypes =
    [
        "Report", "IndicatorValue", "NarrativeItem", "Ranking", "Finding", "Revision", "Province", "Unit", "IndicatorDefinition",
        "RankingIndex", "ProvinceFigure", "SectorSummary", "IndicatorSummary", "RankingTable",
    ];

    private ISchema Schema => api.Services.GetRequiredService<NamDinhSchema>();

    [Fact]
    public void Every_object_type_but_the_roots_and_the_connection_plumbing_has_a_non_null_id()
    {
        var withoutId = ObjectTypes().Where(type => !IsPlumbing(type.Name))
            .Where(type => type.GetField("id")?.ResolvedType is not NonNullGraphType { ResolvedType: IdGraphType })
            .Select(type => type.Name);

        Assert.Empty(withoutId);
    }

    [Fact]
    public void The_plumbing_left_out_is_the_roots_connections_edges_and_page_info_only()
    {
        Assert.Equal(
            ["Mutation", "PageInfo", "ProvinceFigureConnection", "ProvinceFigureEdge", "Query", "RevisionConnection", "RevisionEdge", "Subscription"],
            ObjectTypes().Where(type => IsPlumbing(type.Name)).Select(type => type.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_types_fetched_again_by_id_implement_Node()
    {
        var node = Assert.IsAssignableFrom<IInterfaceGraphType>(Schema.AllTypes["Node"]);

        Assert.Equal(NodeTypes.Order(StringComparer.Ordinal), node.PossibleTypes.Select(type => type.Name).Order(StringComparer.Ordinal));
    }

    private IEnumerable<IObjectGraphType> ObjectTypes() =>
        Schema.AllTypes.OfType<IObjectGraphType>().Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal));

    private bool IsPlumbing(string name) =>
        name == Schema.Query.Name || name == Schema.Mutation?.Name || name == Schema.Subscription?.Name
        || name == "PageInfo" || name.EndsWith("Connection", StringComparison.Ordinal) || name.EndsWith("Edge", StringComparison.Ordinal);
}
