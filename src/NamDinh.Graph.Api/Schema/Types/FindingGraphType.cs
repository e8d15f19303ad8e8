using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Findings;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class FindingGraphType : ObjectGraphType<Finding>
{
    public FindingGraphType()
    {
        Name = "Finding";
        Description = "What a report's numbers say against its text (or against the previous year's report). Kept beside the data, never used to rewrite it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable while the disagreement lasts: kind and subject.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<FindingKindGraphType>));
        Field(x => x.Subject).Description("The indicator code or ranking index the finding concerns.");
        Field(x => x.Message).Description("The disagreement in words, naming the figures.");
        Field(x => x.Figures, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NamedFigureGraphType>>>)).Description("The numbers the finding rests on.");
        Field(x => x.Source, type: typeof(SourceReferenceGraphType)).Description("The sentence of the report the finding concerns.");
    }
}

public sealed class NamedFigureGraphType : ObjectGraphType<NamedFigure>
{
    public NamedFigureGraphType()
    {
        Name = "NamedFigure";
        Description = "A number a finding rests on, by name.";
        Field(x => x.Name);
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
    }
}
