using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Inputs;

public sealed class PeriodInputGraphType : InputObjectGraphType<ReportPeriod>
{
    public PeriodInputGraphType()
    {
        Name = "PeriodInput";
        Description = "The time a figure covers: a year, or months of it.";
        Field(x => x.Year);
        Field(x => x.FromMonth).DefaultValue(1).Description("The first month covered, 1 to 12.");
        Field(x => x.ToMonth).DefaultValue(12).Description("The last month covered, 1 to 12.");
    }
}

/// <summary>A figure's comparisons as a change gives them: each left out keeps what is stored, each null is cleared.</summary>
public sealed class ComparisonsInputGraphType : InputObjectGraphType<ComparisonsPatch>
{
    public ComparisonsInputGraphType()
    {
        Name = "ComparisonsInput";
        Description = "What the report states a figure compares to. In setIndicator each comparison left out keeps what the report holds and null clears it; in a new or replaced figure, leave out what the report does not state.";
        Field<ChangeInputGraphType>("change");
        Field<PlanShareInputGraphType>("shareOfPlan");
        Field<ExactDecimalGraphType>("ratePercent").Description("A stated rate in percent, 0–100.");
        Field<ExactDecimalGraphType>("outOf").Description("M of \"N of M\", the whole the figure is part of.");
        Field<TargetInputGraphType>("target");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var fields = new GivenFields(value);
        return new ComparisonsPatch(
            fields.Get<StatedChange>("change"),
            fields.Get<StatedPlanShare>("shareOfPlan"),
            fields.GetValue<decimal>("ratePercent"),
            fields.GetValue<decimal>("outOf"),
            fields.Get<StatedTarget>("target"),
            fields.Nulls);
    }
}

public sealed class ChangeInputGraphType : InputObjectGraphType<StatedChange>
{
    public ChangeInputGraphType()
    {
        Name = "ChangeInput";
        Description = "A stated change on an earlier year: negative for a fall.";
        Field(x => x.Amount, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
        Field(x => x.Unit, type: typeof(NonNullGraphType<ChangeUnitGraphType>));
        Field(x => x.ComparedToYear);
    }
}

public sealed class PlanShareInputGraphType : InputObjectGraphType<StatedPlanShare>
{
    public PlanShareInputGraphType()
    {
        Name = "PlanShareInput";
        Field(x => x.Percent, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
        Field(x => x.PlanYear);
    }
}

public sealed class TargetInputGraphType : InputObjectGraphType<StatedTarget>
{
    public TargetInputGraphType()
    {
        Name = "TargetInput";
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>));
        Field(x => x.Unit).DefaultValue("percent").Description("\"percent\", or the indicator's own unit.");
        Field(x => x.Qualifier, type: typeof(NonNullGraphType<QualifierGraphType>)).DefaultValue(Qualifier.Exact);
        Field(x => x.Met).Description("Whether the report calls the target met.");
        Field(x => x.MetEarly).DefaultValue(false);
        Field(x => x.MetInYear, nullable: true);
    }
}

public sealed class SourceInputGraphType : InputObjectGraphType<SourceReference>
{
    public SourceInputGraphType()
    {
        Name = "SourceInput";
        Description = "Where in the source document a figure comes from.";
        Field(x => x.Section);
        Field(x => x.Sentence);
    }
}
