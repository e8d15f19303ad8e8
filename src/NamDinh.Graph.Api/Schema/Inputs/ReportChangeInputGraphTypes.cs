using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Inputs;

/// <summary>The fields every change input has: which report, the expected version and the reason.</summary>
public abstract class ReportChangeInputGraphType<TInput> : InputObjectGraphType<TInput>
    where TInput : ReportChangeInput
{
    protected ReportChangeInputGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(x => x.Province).Description("The province's slug (\"nam-dinh\") or statistical code (\"36\").");
        Field(x => x.Year).Description("The year reported on.");
        Field(x => x.ExpectedVersion, nullable: true).Description("The report version this change was made against; a different current version refuses it with VERSION_CONFLICT. Without it the change applies to the latest version.");
        Field(x => x.Reason, nullable: true).Description("Why the change is made; the history keeps it.");
        Field(x => x.DryRun).DefaultValue(false).Description("Only tell what the change would do (changes, findings); store nothing.");
    }
}

public sealed class SetIndicatorInputGraphType : ReportChangeInputGraphType<SetIndicatorInput>
{
    public SetIndicatorInputGraphType() : base("SetIndicatorInput", "A figure to set: it replaces the report's figure of that code, or adds it.")
    {
        Field(x => x.Code).Description("The indicator code; the query indicatorDefinitions lists them.");
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Description("The number as written, before the multiplier.");
        Field(x => x.Unit, nullable: true).Description("The unit code; the catalog's unit of the indicator when not given, and it must be that unit.");
        Field(x => x.Multiplier, type: typeof(ExactDecimalGraphType)).DefaultValue(1m).Description("1, 1000, 1000000 (triệu) or 1000000000 (tỷ).");
        Field(x => x.ValueAsWritten, nullable: true).Description("The figure as the report writes it; the value itself when not given.");
        Field(x => x.Status, type: typeof(ValueStatusGraphType)).DefaultValue(ValueStatus.Final);
        Field(x => x.Qualifier, type: typeof(QualifierGraphType)).DefaultValue(Qualifier.Exact);
        Field(x => x.QualifierAsWritten, nullable: true);
        Field(x => x.Period, type: typeof(PeriodInputGraphType)).Description("The period covered; the report's whole year when not given.");
        Field(x => x.Comparisons, type: typeof(ComparisonsInputGraphType));
        Field(x => x.Source, type: typeof(SourceInputGraphType));
        Field(x => x.PlanValue, type: typeof(ExactDecimalGraphType)).Description("The year's plan figure, in the same unit and multiplier.");
    }
}

public sealed class RemoveIndicatorInputGraphType : ReportChangeInputGraphType<RemoveIndicatorInput>
{
    public RemoveIndicatorInputGraphType() : base("RemoveIndicatorInput", "A figure to remove from a report.")
    {
        Field(x => x.Code);
    }
}

public sealed class AddNarrativeItemInputGraphType : ReportChangeInputGraphType<AddNarrativeItemInput>
{
    public AddNarrativeItemInputGraphType() : base("AddNarrativeItemInput", "A task or priority to add.")
    {
        Field(x => x.Sector, type: typeof(NonNullGraphType<SectorGraphType>));
        Field(x => x.Section, nullable: true).Description("The section, e.g. \"3.1\"; the section of the sector in the ministry's report template when not given.");
        Field(x => x.Text).Description("The Vietnamese text.");
        Field(x => x.TextEn, nullable: true).Description("An English translation, marked as such.");
        Field(x => x.Position, nullable: true).Description("The place in the section, from 1; last when not given.");
    }
}

public sealed class UpdateNarrativeItemInputGraphType : ReportChangeInputGraphType<UpdateNarrativeItemInput>
{
    public const string ItemIdDescription =
        "The item: its id as read (\"NarrativeItem:36-2021:task-3.1-01\", of an item of this report; another report's is BAD_USER_INPUT), or its key within the report (\"task-3.1-01\"), as scripts give it.";

    public UpdateNarrativeItemInputGraphType() : base("UpdateNarrativeItemInput", "Changes to a task or priority; what is not given stays as it is.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description(ItemIdDescription);
        Field(x => x.Sector, type: typeof(SectorGraphType));
        Field(x => x.Text, nullable: true);
        Field(x => x.TextEn, nullable: true);
        Field(x => x.Position, nullable: true);
    }
}

public sealed class RemoveNarrativeItemInputGraphType : ReportChangeInputGraphType<RemoveNarrativeItemInput>
{
    public RemoveNarrativeItemInputGraphType() : base("RemoveNarrativeItemInput", "A task or priority to remove.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description(UpdateNarrativeItemInputGraphType.ItemIdDescription);
    }
}

public sealed class SetRankingInputGraphType : ReportChangeInputGraphType<SetRankingInput>
{
    public SetRankingInputGraphType() : base("SetRankingInput", "A place in a national index to set.")
    {
        Field(x => x.Index).Description("The index code: \"ict-index\", \"dti\", \"par-index-modernisation\", \"online-public-service-portal\" or \"provincial-web-portal\".");
        Field(x => x.Position);
        Field(x => x.Total);
        Field(x => x.EditionYear, nullable: true).Description("The year of the index edition.");
        Field(x => x.Name, nullable: true).Description("The index's name as the report writes it; the catalog's name when not given.");
        Field(x => x.NameEn, nullable: true);
        Field(x => x.Source, type: typeof(SourceInputGraphType));
    }
}

public sealed class CreateReportInputGraphType : ReportChangeInputGraphType<CreateReportInput>
{
    public CreateReportInputGraphType() : base("CreateReportInput", "A report to create, empty, for a province and year.")
    {
        Field(x => x.Synthetic).DefaultValue(false).Description("True for generated test data.");
    }
}

public sealed class ImportReportInputGraphType : InputObjectGraphType<ImportReportInput>
{
    public ImportReportInputGraphType()
    {
        Name = "ImportReportInput";
        Description = "A whole report to import, in the JSON shape of the report files (src/NamDinh.Graph.Domain/Seed).";
        Field(x => x.Report).Description("The report as JSON text; its key (statistical province code and year) names the report to replace or create. Its version is ignored: the import makes the next version.");
        Field(x => x.DryRun).DefaultValue(false).Description("Only tell what would change (changes, findings); change nothing.");
        Field(x => x.ExpectedVersion, nullable: true).Description("The version the import was prepared against (0 for a report that does not exist yet); a different current version refuses it with VERSION_CONFLICT.");
        Field(x => x.Reason, nullable: true).Description("Why the report is imported; the history keeps it.");
    }
}
