using GraphQL.Validation.Complexity;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Provinces;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// How many items a list can really hold, as the complexity analyzer weighs the fields under it. GraphQL.NET weighs a
/// list without paging as 20, but <c>reports</c> returns a page of up to <see cref="RequestLimits.MaxReportsListed"/> and a
/// report's <c>indicators</c> every figure it has: weighed as 20, a query reading them all was estimated at a twentieth
/// of its work. Those two are weighed by what they can return (<c>reports</c> at most its page); introspection stays at one a field
/// (<see cref="IntrospectionCost"/>); every other list as GraphQL.NET weighs it.
/// </summary>
public sealed class ListWeights(RequestLimits limits)
{
    private static readonly int YearsCovered = ProvinceDirectory.LastYear - ProvinceDirectory.FirstYear + 1;

    public FieldComplexityResult Of(FieldImpactContext field) => (field.ParentType.Name, field.FieldDefinition.Name) switch
    {
        ("Query", "reports") => new FieldComplexityResult(1, Math.Min(ReportsMatched(field), PageAsked(field))),
        ("Report", "indicators") => new FieldComplexityResult(1, Given(field, "code") ? 1 : IndicatorCatalog.Default.Indicators.Count),
        _ => IntrospectionCost.Of(field),
    };

    /// <summary>One report for a province and a year; a province's years; a year's provinces; or all that may be held.</summary>
    private int ReportsMatched(FieldImpactContext field) => (Given(field, "province"), Given(field, "year")) switch
    {
        (true, true) => 1,
        (true, false) => YearsCovered,
        (false, true) => ProvinceDirectory.Default.In(ProvinceDirectory.LastYear).Count,
        (false, false) => limits.MaxReportsListed,
    };

    /// <summary>The page asked for (its default when not given); a page beyond the maximum is refused when it runs.</summary>
    private int PageAsked(FieldImpactContext field) =>
        field.Arguments?.TryGetValue("first", out var first) == true && first.Value is int size and >= 1
            ? Math.Min(size, limits.MaxReportsListed)
            : Schema.Queries.ReportQuery.ReportsPage;

    private static bool Given(FieldImpactContext field, string argument) =>
        field.Arguments?.TryGetValue(argument, out var value) == true && value.Value is not null;
}
