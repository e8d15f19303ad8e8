using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Inputs;

/// <summary>
/// The fields of one kind of change and how they read as a <see cref="ChangeDraft"/>: written once, used by the
/// kind's own mutation input and by an item of changeReport's list.
/// </summary>
public abstract class ChangeFields
{
    public const string Kept = "Left out, it keeps what the report holds; null clears it.";
    public const string KeptNotCleared = "Left out, it keeps what the report holds; it cannot be cleared.";

    public abstract void AddTo<T>(InputObjectGraphType<T> type);

    public abstract ChangeDraft Read(GivenFields fields);
}

/// <summary>
/// A figure's fields. As a patch (setIndicator) every field but the code may be left out and keeps what is stored;
/// whole (replaceIndicator) the value is required and what is left out takes a new figure's default.
/// </summary>
public sealed class FigureFields(bool whole) : ChangeFields
{
    public override void AddTo<T>(InputObjectGraphType<T> type)
    {
        string Keeps(string fact, string newDefault, bool clearable = true) => whole
            ? $"{fact} When not given (or null): {newDefault}."
            : $"{fact} {(clearable ? Kept : KeptNotCleared)} For a new figure, when not given: {newDefault}.";
        type.Field<NonNullGraphType<StringGraphType>>("code").Description("The indicator code; the query indicatorDefinitions lists them.");
        if (whole)
            type.Field<NonNullGraphType<ExactDecimalGraphType>>("value").Description("The number as written, before the multiplier.");
        else
            type.Field<ExactDecimalGraphType>("value").Description($"The number as written, before the multiplier. {KeptNotCleared} A new figure needs it. A new value keeps the figure's other facts; its source then reads as stating the value it stated (source.statedBaseValue).");
        type.Field<StringGraphType>("unit").Description(Keeps("The unit code; it must be the catalog's unit of the indicator.", "the catalog's unit", clearable: false));
        type.Field<ExactDecimalGraphType>("multiplier").Description(Keeps("1, 1000, 1000000 (triệu) or 1000000000 (tỷ).", "1", clearable: false));
        type.Field<StringGraphType>("valueAsWritten").Description(Keeps("The figure as the source writes it.", "the value itself", clearable: false));
        type.Field<ValueStatusGraphType>("status").Description(Keeps("How settled the figure is.", "FINAL", clearable: false));
        type.Field<QualifierGraphType>("qualifier").Description(Keeps("How exact the figure is.", "EXACT", clearable: false));
        type.Field<StringGraphType>("qualifierAsWritten").Description(Keeps("The qualifier's words in the source (\"trên\", \"khoảng\").", "none"));
        type.Field<PeriodInputGraphType>("period").Description(Keeps("The period covered, given whole; null is the report's whole year.", "the report's whole year"));
        type.Field<ComparisonsInputGraphType>("comparisons").Description(Keeps("What the report states the figure compares to; each comparison left out keeps what is stored, and null clears them all.", "none"));
        type.Field<SourceInputGraphType>("source").Description(Keeps("The sentence the figure comes from, given whole.", "none"));
        type.Field<ExactDecimalGraphType>("planValue").Description(Keeps("The year's plan figure, in the same unit and multiplier.", "none"));
    }

    public override ChangeDraft Read(GivenFields fields)
    {
        var patch = new FigurePatch(
            fields.Get<string>("code") ?? "",
            fields.GetValue<decimal>("value"),
            fields.Get<string>("unit"),
            fields.GetValue<decimal>("multiplier"),
            fields.Get<string>("valueAsWritten"),
            fields.GetValue<ValueStatus>("status"),
            fields.GetValue<Qualifier>("qualifier"),
            fields.Get<string>("qualifierAsWritten"),
            fields.Get<ReportPeriod>("period"),
            fields.Get<ComparisonsPatch>("comparisons"),
            fields.Get<SourceReference>("source"),
            fields.GetValue<decimal>("planValue"),
            whole ? null : fields.Nulls);
        return whole ? new ReplaceIndicatorDraft(patch) : new SetIndicatorDraft(patch);
    }
}

public sealed class RemoveIndicatorFields : ChangeFields
{
    public override void AddTo<T>(InputObjectGraphType<T> type) =>
        type.Field<NonNullGraphType<StringGraphType>>("code").Description("The indicator code of the figure to remove.");

    public override ChangeDraft Read(GivenFields fields) => new RemoveIndicatorDraft(fields.Get<string>("code") ?? "");
}

/// <summary>A draft of a change of tasks or priorities, which list it is in known only from the field or mutation that names it.</summary>
public interface INarrativeDraft
{
    ChangeDraft In(NarrativeList list);
}

public sealed class AddNarrativeItemFields : ChangeFields
{
    public override void AddTo<T>(InputObjectGraphType<T> type)
    {
        type.Field<NonNullGraphType<SectorGraphType>>("sector");
        type.Field<StringGraphType>("section").Description("The section, e.g. \"3.1\"; the section of the sector in the ministry's report template when not given.");
        type.Field<NonNullGraphType<StringGraphType>>("text").Description("The Vietnamese text.");
        type.Field<StringGraphType>("textEn").Description("An English translation, marked as such.");
        type.Field<IntGraphType>("position").Description("The place in the section, from 1; last when not given.");
    }

    public override ChangeDraft Read(GivenFields fields) => new AddNarrativeItemDraft(
        NarrativeList.Tasks, fields.GetValue<Sector>("sector") ?? default, fields.Get<string>("section"), fields.Get<string>("text") ?? "",
        fields.Get<string>("textEn"), fields.GetValue<int>("position"));
}

public sealed class UpdateNarrativeItemFields : ChangeFields
{
    public const string ItemIdDescription =
        "The item: its id as read (\"NarrativeItem:36-2021:task-3.1-01\", of an item of this report; another report's is BAD_USER_INPUT), or its key within the report (\"task-3.1-01\"), as scripts give it.";

    public override void AddTo<T>(InputObjectGraphType<T> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description(ItemIdDescription);
        type.Field<SectorGraphType>("sector").Description(KeptNotCleared);
        type.Field<StringGraphType>("text").Description($"The Vietnamese text. {KeptNotCleared}");
        type.Field<StringGraphType>("textEn").Description($"The English translation. {Kept}");
        type.Field<IntGraphType>("position").Description($"The place in the section, from 1. {KeptNotCleared}");
    }

    public override ChangeDraft Read(GivenFields fields) => new UpdateNarrativeItemDraft(
        NarrativeList.Tasks, fields.GetId("id") ?? "", fields.GetValue<Sector>("sector"), fields.Get<string>("text"), fields.Get<string>("textEn"),
        fields.GetValue<int>("position"), fields.Nulls);
}

public sealed class RemoveNarrativeItemFields : ChangeFields
{
    public override void AddTo<T>(InputObjectGraphType<T> type) =>
        type.Field<NonNullGraphType<IdGraphType>>("id").Description(UpdateNarrativeItemFields.ItemIdDescription);

    public override ChangeDraft Read(GivenFields fields) => new RemoveNarrativeItemDraft(NarrativeList.Tasks, fields.GetId("id") ?? "");
}

public sealed class RankingFields : ChangeFields
{
    public override void AddTo<T>(InputObjectGraphType<T> type)
    {
        type.Field<NonNullGraphType<StringGraphType>>("index").Description("The index code: \"ict-index\", \"dti\", \"par-index-modernisation\", \"online-public-service-portal\" or \"provincial-web-portal\".");
        type.Field<IntGraphType>("position").Description($"The place. {KeptNotCleared} A new ranking needs it.");
        type.Field<IntGraphType>("total").Description($"How many places there are. {KeptNotCleared} A new ranking needs it.");
        type.Field<IntGraphType>("editionYear").Description($"The year of the index edition. {Kept}");
        type.Field<StringGraphType>("name").Description($"The index's name as the report writes it. {KeptNotCleared} For a new ranking, when not given: the catalog's name.");
        type.Field<StringGraphType>("nameEn").Description($"An English translation of the name. {Kept}");
        type.Field<SourceInputGraphType>("source").Description($"The sentence the ranking comes from, given whole. {Kept}");
    }

    public override ChangeDraft Read(GivenFields fields) => new SetRankingDraft(new RankingPatch(
        fields.Get<string>("index") ?? "", fields.GetValue<int>("position"), fields.GetValue<int>("total"), fields.GetValue<int>("editionYear"),
        fields.Get<string>("name"), fields.Get<string>("nameEn"), fields.Get<SourceReference>("source"), fields.Nulls));
}

public sealed class CreateReportFields : ChangeFields
{
    public override void AddTo<T>(InputObjectGraphType<T> type) =>
        type.Field<NonNullGraphType<BooleanGraphType>>("synthetic").DefaultValue(false).Description("True for generated test data.");

    public override ChangeDraft Read(GivenFields fields) => new CreateReportDraft(fields.GetValue<bool>("synthetic") ?? false);
}

/// <summary>changeReport's list of changes, each an item of <see cref="ReportChangeItemGraphType"/>.</summary>
public sealed class ChangeListFields : ChangeFields
{
    /// <summary>The most changes one changeReport takes.</summary>
    public const int MostChanges = 500;

    public override void AddTo<T>(InputObjectGraphType<T> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportChangeItemGraphType>>>>("changes")
            .Description($"The changes, in the order they apply (at most {MostChanges}); a change that cannot apply refuses all of them, named by its place (input.changes[3].setIndicator.value).");

    public override ChangeDraft Read(GivenFields fields) =>
        new ChangeReportDraft([.. (fields.Get<IEnumerable<object?>>("changes") ?? []).Cast<ChangeDraft>()]);
}
