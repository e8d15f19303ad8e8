using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class StatedComparisonsGraphType : ObjectGraphType<StatedComparisons>
{
    public StatedComparisonsGraphType()
    {
        Name = "Comparisons";
        Description = "What the report says a figure compares to, as stated (even where it disagrees with the figure). A part the text does not state is null.";
        this.EmbeddedIdField("\"IndicatorValue:36-2021:postal.revenue/comparisons\"");
        Field(x => x.Change, type: typeof(StatedChangeGraphType)).Description("The change on an earlier year.");
        Field(x => x.ShareOfPlan, type: typeof(StatedPlanShareGraphType)).Description("The share of the year's plan reached.");
        Field(x => x.RatePercent, type: typeof(ExactDecimalGraphType)).Description("A rate the text states, in percent (\"đạt tỷ lệ 92%\").");
        Field(x => x.OutOf, type: typeof(ExactDecimalGraphType)).Description("M of \"N of M\": the whole that the figure is a part of.");
        Field(x => x.Target, type: typeof(StatedTargetGraphType)).Description("The target the text names, and whether it says it was met.");
    }
}

public sealed class StatedChangeGraphType : ObjectGraphType<StatedChange>
{
    public StatedChangeGraphType()
    {
        Name = "Change";
        Description = "A change as the report states it: negative for a fall (\"giảm\").";
        this.EmbeddedIdField("\"IndicatorValue:36-2021:postal.revenue/comparisons/change\"");
        Field(x => x.Amount, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
        Field(x => x.Unit, type: typeof(NonNullGraphType<ChangeUnitGraphType>));
        Field(x => x.ComparedToYear).Description("The year the text compares with, as it names it (a report may name the wrong year; findings say so).");
    }
}

public sealed class StatedPlanShareGraphType : ObjectGraphType<StatedPlanShare>
{
    public StatedPlanShareGraphType()
    {
        Name = "PlanShare";
        Description = "The share of a year's plan reached (\"đạt 118% Kế hoạch năm 2021\").";
        this.EmbeddedIdField("\"IndicatorValue:36-2021:postal.revenue/comparisons/shareOfPlan\"");
        Field(x => x.Percent, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
        Field(x => x.PlanYear);
    }
}

public sealed class StatedTargetGraphType : ObjectGraphType<StatedTarget>
{
    public StatedTargetGraphType()
    {
        Name = "Target";
        Description = "A target the report names (\"chỉ tiêu trên 50%\") and whether it says it was met.";
        this.EmbeddedIdField("\"IndicatorValue:36-2021:egov.procedures-with-online-dossiers/comparisons/target\"");
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
        Field(x => x.Unit).Description("The unit code of the target value, e.g. \"percent\".");
        Field(x => x.Qualifier, type: typeof(NonNullGraphType<QualifierGraphType>));
        Field(x => x.Met).Description("Whether the report calls the target met.");
        Field(x => x.MetEarly).Description("Whether the report says the target was met early (\"hoàn thành sớm\").");
        Field(x => x.MetInYear, nullable: true).Description("The year the report says the target was met, where it names one.");
    }
}
