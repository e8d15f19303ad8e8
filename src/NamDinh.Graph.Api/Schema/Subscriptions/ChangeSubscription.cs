using GraphQL;
using GraphQL.Types;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Schema.Types;
using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Api.Schema.Subscriptions;

/// <summary>
/// Live changes, from whichever node of the cluster made them, sent only after they were stored. Each event
/// carries its cursor: a partner that reconnects asks the query changes(after:) for what it missed.
/// </summary>
public sealed class ChangeSubscription : ObjectGraphType
{
    public ChangeSubscription(ChangeFeed feed)
    {
        Name = "Subscription";

        Field<NonNullGraphType<ReportChangeEventGraphType>, ReportChange>("reportChanged")
            .Description("Every accepted change of a report; leave province or year out to follow more reports.")
            .Argument<StringGraphType>("province", "A province's slug or statistical code.")
            .Argument<IntGraphType>("year", "The year reported on.")
            .ResolveStream(context =>
            {
                var filter = ChangeFilters.From(context.GetArgument<string?>("province"), context.GetArgument<int?>("year"), null, null, "");
                return feed.Changes<ReportChange>(change => filter.Covers(change) ? [change] : []);
            });

        Field<NonNullGraphType<IndicatorChangeEventGraphType>, IndicatorChange>("indicatorChanged")
            .Description("Every change of a figure, one event per figure, with the figure before and after.")
            .Argument<ChangeFilterInputGraphType>("where", "Which figures: of a province, a year, a sector, an indicator code.")
            .ResolveStream(context =>
            {
                var filter = ChangeFilters.From(context.GetArgument<ChangeFilterInput?>("where"), "where.");
                return feed.Changes(change => IndicatorChange.In(change).Where(filter.Covers));
            });
    }
}
