using GraphQL.Types;
using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Api.Schema.Inputs;

/// <summary>
/// A mutation's input: which report, the expected version, the reason, a dry run, the client's idempotency key (and,
/// where figures are written, the confirmation of an implausible one), and the fields of its kind of change.
/// </summary>
public abstract class ReportChangeInputGraphType : InputObjectGraphType<ReportChangeInput>
{
    private readonly ChangeFields _change;

    /// <summary>The fields every change input has; the rest are the change's own, and a null among those clears what it names.</summary>
    private readonly HashSet<string> _requestFields;

    protected ReportChangeInputGraphType(string name, string description, ChangeFields change, bool writesFigures = false)
    {
        _change = change;
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("province").Description("The province's slug (\"nam-dinh\") or statistical code (\"36\").");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year reported on.");
        Field<IntGraphType>("expectedVersion").Description("The report version this change was made against; a different current version refuses it with VERSION_CONFLICT. Without it the change applies to the latest version.");
        Field<StringGraphType>("reason").Description("Why the change is made; the history keeps it.");
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").DefaultValue(false).Description("Only tell what the change would do (changes, findings); store nothing.");
        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKeyDescription);
        if (writesFigures)
            Field<NonNullGraphType<BooleanGraphType>>("confirmImplausible").DefaultValue(false).Description(ConfirmImplausibleDescription);
        _requestFields = [.. Fields.Select(field => field.Name)];
        change.AddTo(this);
    }

    public const string IdempotencyKeyDescription =
        "A name the client chooses for this change (at most 200 characters), so that a retry cannot apply it twice: within 24 hours the same key with the same input answers the first answer again and changes nothing, and the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. Kept with the report, across restarts. Ignored in a dry run.";

    public const string ConfirmImplausibleDescription =
        "A figure whose value (× multiplier) is 100 times or more away from the stored one or the previous year's is refused with IMPLAUSIBLE_CHANGE unless this is true; the report's findings tell of it either way.";

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var change = value.Where(field => !_requestFields.Contains(field.Key)).ToDictionary();
        return ReportChangeInput.Read(new GivenFields(value), _change.Read(new GivenFields(change)));
    }
}

public sealed class SetIndicatorInputGraphType() : ReportChangeInputGraphType("SetIndicatorInput",
    "Facts of a figure to set: each field given replaces what the report holds, each left out keeps it, null clears it where it can be cleared. A figure the report does not hold yet is added; it needs its value.",
    new FigureFields(whole: false), writesFigures: true);

public sealed class ReplaceIndicatorInputGraphType() : ReportChangeInputGraphType("ReplaceIndicatorInput",
    "A whole figure: it replaces the report's figure of that code, or adds it. What is left out takes a new figure's default, not what is stored.",
    new FigureFields(whole: true), writesFigures: true);

public sealed class RemoveIndicatorInputGraphType() : ReportChangeInputGraphType("RemoveIndicatorInput", "A figure to remove from a report.", new RemoveIndicatorFields());

public sealed class AddNarrativeItemInputGraphType() : ReportChangeInputGraphType("AddNarrativeItemInput", "A task or priority to add.", new AddNarrativeItemFields());

public sealed class UpdateNarrativeItemInputGraphType() : ReportChangeInputGraphType("UpdateNarrativeItemInput",
    "Changes to a task or priority: what is left out stays as it is; null clears the translation.", new UpdateNarrativeItemFields());

public sealed class RemoveNarrativeItemInputGraphType() : ReportChangeInputGraphType("RemoveNarrativeItemInput", "A task or priority to remove.", new RemoveNarrativeItemFields());

public sealed class SetRankingInputGraphType() : ReportChangeInputGraphType("SetRankingInput",
    "Facts of a place in a national index to set: each field given replaces what the report holds, each left out keeps it, null clears it where it can be cleared. A ranking the report does not hold yet is added; it needs its position and total.",
    new RankingFields());

public sealed class CreateReportInputGraphType() : ReportChangeInputGraphType("CreateReportInput", "A report to create, empty, for a province and year.", new CreateReportFields());

/// <summary>One change of changeReport's list, in the fields of its kind; which list a task or priority is in comes from the field naming it.</summary>
public abstract class ChangeGraphType : InputObjectGraphType<ChangeDraft>
{
    private readonly ChangeFields _change;

    protected ChangeGraphType(string name, string description, ChangeFields change)
    {
        _change = change;
        Name = name;
        Description = description;
        change.AddTo(this);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => _change.Read(new GivenFields(value));
}

public sealed class SetIndicatorChangeGraphType() : ChangeGraphType("SetIndicatorChange", "As setIndicator's input, without the report's fields.", new FigureFields(whole: false));

public sealed class ReplaceIndicatorChangeGraphType() : ChangeGraphType("ReplaceIndicatorChange", "As replaceIndicator's input, without the report's fields.", new FigureFields(whole: true));

public sealed class RemoveIndicatorChangeGraphType() : ChangeGraphType("RemoveIndicatorChange", "As removeIndicator's input, without the report's fields.", new RemoveIndicatorFields());

public sealed class AddNarrativeItemChangeGraphType() : ChangeGraphType("AddNarrativeItemChange", "As addTask's or addPriority's input, without the report's fields.", new AddNarrativeItemFields());

public sealed class UpdateNarrativeItemChangeGraphType() : ChangeGraphType("UpdateNarrativeItemChange", "As updateTask's or updatePriority's input, without the report's fields.", new UpdateNarrativeItemFields());

public sealed class RemoveNarrativeItemChangeGraphType() : ChangeGraphType("RemoveNarrativeItemChange", "As removeTask's or removePriority's input, without the report's fields.", new RemoveNarrativeItemFields());

public sealed class SetRankingChangeGraphType() : ChangeGraphType("SetRankingChange", "As setRanking's input, without the report's fields.", new RankingFields());

/// <summary>One change of changeReport's list: exactly one of its fields, named as the mutation that makes that change alone.</summary>
public sealed class ReportChangeItemGraphType : InputObjectGraphType<ChangeDraft>
{
    public ReportChangeItemGraphType()
    {
        Name = "ReportChangeItem";
        Description = "One change of a list: exactly one field, named as the mutation that makes that change alone, with the same meaning.";
        IsOneOf = true;
        Field<SetIndicatorChangeGraphType>("setIndicator");
        Field<ReplaceIndicatorChangeGraphType>("replaceIndicator");
        Field<RemoveIndicatorChangeGraphType>("removeIndicator");
        Field<AddNarrativeItemChangeGraphType>("addTask");
        Field<UpdateNarrativeItemChangeGraphType>("updateTask");
        Field<RemoveNarrativeItemChangeGraphType>("removeTask");
        Field<AddNarrativeItemChangeGraphType>("addPriority");
        Field<UpdateNarrativeItemChangeGraphType>("updatePriority");
        Field<RemoveNarrativeItemChangeGraphType>("removePriority");
        Field<SetRankingChangeGraphType>("setRanking");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var (name, change) = value.Single(field => field.Value is not null);
        var draft = (ChangeDraft)change!;
        return draft is INarrativeDraft narrative
            ? narrative.In(name.EndsWith("Task", StringComparison.Ordinal) ? NarrativeList.Tasks : NarrativeList.Priorities)
            : draft;
    }
}

public sealed class ChangeReportInputGraphType() : ReportChangeInputGraphType("ChangeReportInput",
    $"Many changes of one report, applied in order as one: all or none, one new version, one revision. At most {ChangeListFields.MostChanges} changes.",
    new ChangeListFields(), writesFigures: true);

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
        Field(x => x.ConfirmImplausible).DefaultValue(false).Description(ReportChangeInputGraphType.ConfirmImplausibleDescription);
        Field(x => x.IdempotencyKey, nullable: true).Description(ReportChangeInputGraphType.IdempotencyKeyDescription);
    }
}
