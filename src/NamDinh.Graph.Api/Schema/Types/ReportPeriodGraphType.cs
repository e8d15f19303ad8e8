using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class ReportPeriodGraphType : ObjectGraphType<ReportPeriod>
{
    public ReportPeriodGraphType()
    {
        Name = "Period";
        Description = "The time a figure covers: a whole year, or months of it.";
        this.EmbeddedIdField("\"IndicatorValue:36-2021:postal.revenue/period\"");
        Field(x => x.Year);
        Field(x => x.FromMonth).Description("The first month covered, 1 to 12.");
        Field(x => x.ToMonth).Description("The last month covered, 1 to 12.");
        Field("wholeYear", x => x.IsWholeYear).Description("True when the figure covers the whole year.");
    }
}
