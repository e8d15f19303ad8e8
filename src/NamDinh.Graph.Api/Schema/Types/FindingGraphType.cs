using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class FindingGraphType : ObjectGraphType<FoundFinding>
{
    public FindingGraphType()
    {
        Name = "Finding";
        Description = "What a report's numbers say against its text (or against the previous year's report). Kept beside the data, never used to rewrite it.";
        this.NodeIdField(found => $"{found.FoundIn}:{found.Finding.Id}",
            "\"Finding:36-2021:ComparisonWithOtherThanPreviousYear:postal.revenue\": what it was found in (a report as read, or a year's ranking tables) and its key");
        Field("key", x => x.Finding.Id).Description("The finding's own key, stable while the disagreement lasts: kind and subject (\"ComparisonWithOtherThanPreviousYear:postal.revenue\").");
        Field("kind", x => x.Finding.Kind, type: typeof(NonNullGraphType<FindingKindGraphType>));
        Field("subject", x => x.Finding.Subject).Description("The indicator code or ranking index the finding concerns.");
        Field("message", x => x.Finding.Message).Description("The disagreement in words, naming the figures.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NamedFigureGraphType>>>, IEnumerable<Identified<NamedFigure>>>("figures")
            .Description("The numbers the finding rests on.")
            .Resolve(context => context.ItemsWithIds(context.Source.Finding.Figures));
        Field<SourceReferenceGraphType, SourceReference>("source").Description("The sentence of the report the finding concerns.")
            .Resolve(context => context.Source.Finding.Source);
    }
}

public sealed class NamedFigureGraphType : ObjectGraphType<Identified<NamedFigure>>
{
    public NamedFigureGraphType()
    {
        Name = "NamedFigure";
        Description = "A number a finding rests on, by name.";
        this.IdFieldAsGiven("\"Finding:36-2021:ComparisonWithOtherThanPreviousYear:postal.revenue/figures/0\": the finding's id and the figure's place in it");
        Field("name", x => x.Item.Name);
        Field("value", x => x.Item.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
    }
}
