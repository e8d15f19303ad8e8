using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class SourceReferenceGraphType : ObjectGraphType<SourceReference>
{
    public SourceReferenceGraphType()
    {
        Name = "SourceReference";
        Description = "Where in the source document a piece of data comes from.";
        this.EmbeddedIdField("\"IndicatorValue:36-2021:postal.revenue/source\"");
        Field(x => x.Section).Description("The section of the report, e.g. \"2.1\".");
        Field(x => x.Sentence).Description("The sentence the data comes from, word for word in Vietnamese.");
        Field(x => x.StatedBaseValue, type: typeof(ExactDecimalGraphType))
            .Description("Set once a figure was changed away from what this sentence states: the value the sentence states, in the unit itself (value × multiplier). Null while the sentence states the figure as it is, and for a ranking.");
    }
}
