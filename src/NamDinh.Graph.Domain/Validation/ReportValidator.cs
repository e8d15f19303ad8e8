using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Validation;

/// <summary>
/// Checks what a change writes against the catalog and common sense: known codes and units, counts that are
/// whole and not negative, rates and shares within 0–100 %, every number derived from a figure within what a
/// decimal holds, ranks within their totals, texts neither empty nor absurdly long nor holding control
/// characters (<see cref="TextRule"/>), years in a sane range. Only what the change touched is checked, so a slip the source
/// itself has stays a finding and never blocks an unrelated change.
/// </summary>
public sealed class ReportValidator(IndicatorCatalog catalog, ProvinceDirectory provinces)
{
    public static ReportValidator Default { get; } = new(IndicatorCatalog.Default, ProvinceDirectory.Default);

    /// <summary>
    /// The problems in what <paramref name="entries"/> wrote into <paramref name="report"/>, each named under
    /// <paramref name="subject"/>: the figure, ranking or item of a single-item change, or a whole imported report.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Validate(Report report, IReadOnlyList<RevisionEntry> entries, FieldSubject subject)
    {
        var problems = new List<ValidationProblem>();
        var root = FieldPath.Under(subject);
        var whole = subject == FieldSubject.Report;
        if (whole)
            CheckKey(report.Key, problems);
        foreach (var entry in entries.Where(entry => entry.NewValue is not null))
        {
            var field = whole ? root.ThenItem(entry.Part, entry.Key) : root;
            switch (entry.Part)
            {
                case ReportParts.Indicators:
                    CheckIndicator(ReportDiff.ReadPresent<IndicatorValue>(entry.NewValue), field, problems);
                    break;
                case ReportParts.Rankings:
                    CheckRanking(ReportDiff.ReadPresent<Ranking>(entry.NewValue), field, problems);
                    break;
                case ReportParts.Tasks or ReportParts.Priorities or ReportParts.Shortcomings or ReportParts.Causes or ReportParts.Remarks:
                    CheckNarrative(ReportDiff.ReadPresent<NarrativeItem>(entry.NewValue), field, problems);
                    break;
                case ReportParts.Proposals:
                    var proposals = ReportDiff.ReadPresent<Proposals>(entry.NewValue);
                    foreach (var item in proposals.Items)
                        CheckNarrative(item, root.ThenItem(ReportParts.Proposals, item.Id), problems);
                    CheckText(proposals.Statement, root.Then(ReportParts.Proposals, "statement"), required: false, Limits.LongText, problems);
                    break;
                case ReportParts.Document:
                    CheckDocument(ReportDiff.ReadPresent<DocumentFacts>(entry.NewValue), root.Then(ReportParts.Document), problems);
                    break;
            }
        }
        return problems;
    }

    /// <summary>
    /// The figures, rankings and items that <paramref name="report"/> holds more than once under one code, index or id
    /// (only an imported report can): each part is kept by those keys, so such a report cannot be stored or compared.
    /// </summary>
    public static IReadOnlyList<ValidationProblem> RepeatedItems(Report report)
    {
        (string Part, IEnumerable<string> Keys)[] parts =
        [
            (ReportParts.Rankings, report.Rankings.Select(ranking => ranking.Index)),
            (ReportParts.Indicators, report.Indicators.Select(value => value.Code)),
            (ReportParts.Tasks, report.Tasks.Select(item => item.Id)),
            (ReportParts.Shortcomings, report.Shortcomings.Select(item => item.Id)),
            (ReportParts.Causes, report.Causes.Select(item => item.Id)),
            (ReportParts.Priorities, report.Priorities.Select(item => item.Id)),
            (ReportParts.Remarks, report.Remarks.Select(item => item.Id)),
        ];
        var repeated = parts
            .SelectMany(part => part.Keys.GroupBy(key => key, StringComparer.Ordinal).Where(group => group.Count() > 1)
                .Select(group => new ValidationProblem(FieldPath.Under(FieldSubject.Report).ThenItem(part.Part, group.Key), $"'{group.Key}' is in {part.Part} {group.Count()} times; a report holds it once.")))
            .ToList();
        return [.. repeated, .. ItemsOfOneKeyInTwoLists(report)];
    }

    /// <summary>
    /// Narrative items of different lists under one key: a key names one item of the report (clients find an item
    /// by its report and key alone), so the second list's item is refused.
    /// </summary>
    private static IEnumerable<ValidationProblem> ItemsOfOneKeyInTwoLists(Report report) =>
        NarrativeParts.Of(report)
        .SelectMany(list => list.Items.Select(item => item.Id).Distinct(StringComparer.Ordinal).Select(key => (list.Part, Key: key)))
        .GroupBy(entry => entry.Key, StringComparer.Ordinal)
        .Where(group => group.Count() > 1)
        .Select(group => group.ToList())
        .Select(entries => new ValidationProblem(FieldPath.Under(FieldSubject.Report).ThenItem(entries[1].Part, entries[1].Key),
            $"'{entries[1].Key}' is the key of an item in {entries[0].Part} and in {string.Join(" and ", entries.Skip(1).Select(entry => entry.Part))}; a key names one item of the report."));

    public void CheckKey(ReportKey key, List<ValidationProblem> problems)
    {
        if (provinces.FindByCode(key.ProvinceCode) is null)
            problems.Add(new(FieldPath.OfTheEdit("province"), $"There is no province with code '{key.ProvinceCode}'; the query provinces lists them."));
        CheckYear(key.Year, FieldPath.OfTheEdit("year"), problems);
    }

    private void CheckIndicator(IndicatorValue value, FieldPath field, List<ValidationProblem> problems)
    {
        var definition = catalog.Find(value.Code);
        if (definition is null)
        {
            problems.Add(new(field.Then("code"), $"'{value.Code}' is not an indicator code; the query indicatorDefinitions lists them."));
            return;
        }
        if (value.Unit != definition.Unit)
            problems.Add(new(field.Then("unit"), $"Indicator '{value.Code}' is counted in '{definition.Unit}', not '{value.Unit}'."));
        if (!Limits.Multipliers.Contains(value.Multiplier))
            problems.Add(new(field.Then("multiplier"), $"The multiplier must be 1, 1000, 1000000 or 1000000000, not {value.Multiplier}."));
        else
            FitsInADecimal(value, field, problems);
        switch (definition.Kind)
        {
            case IndicatorKind.Count when value.BaseValue is { } count && (count < 0 || count != decimal.Truncate(count)):
                problems.Add(new(field.Then("value"), $"Indicator '{value.Code}' is a count: it must be a whole number, not negative; {value.Value} × {value.Multiplier} is not."));
                break;
            case IndicatorKind.Amount when value.Value < 0:
                problems.Add(new(field.Then("value"), $"Indicator '{value.Code}' is an amount and cannot be negative."));
                break;
            case IndicatorKind.Percentage:
                CheckPercent(value.Value, field.Then("value"), problems);
                break;
        }
        CheckText(value.ValueAsWritten, field.Then("valueAsWritten"), required: true, Limits.ShortText, problems);
        CheckText(value.QualifierAsWritten, field.Then("qualifierAsWritten"), required: false, Limits.ShortText, problems);
        CheckPeriod(value.Period, field.Then("period"), problems);
        CheckComparisons(value, definition, field.Then("comparisons"), problems);
        if (value.PlanValue is < 0)
            problems.Add(new(field.Then("planValue"), "A plan figure cannot be negative."));
        if (value.Source is { } source)
        {
            CheckText(source.Section, field.Then("source", "section"), required: true, Limits.ShortText, problems);
            CheckText(source.Sentence, field.Then("source", "sentence"), required: true, Limits.LongText, problems);
        }
    }

    /// <summary>
    /// Refuses the figure unless every number the API derives from it fits in a decimal (about 7.9 × 10^28): value × multiplier,
    /// plan × multiplier and the share of plan, target × multiplier and "N of M" in percent. One that does not would
    /// break every sum, page and finding that reads the figure.
    /// </summary>
    private static void FitsInADecimal(IndicatorValue value, FieldPath field, List<ValidationProblem> problems)
    {
        if (value.BaseValue is null)
            problems.Add(new(field.Then("value"), $"{value.Value} × {value.Multiplier} (value × multiplier) is beyond the largest number a decimal holds, {decimal.MaxValue}; use a larger multiplier or check the digits."));
        if (value.PlanValue is { } plan)
        {
            if (value.PlanBaseValue is null)
                problems.Add(new(field.Then("planValue"), $"{plan} × {value.Multiplier} (plan value × multiplier) is beyond the largest number a decimal holds, {decimal.MaxValue}."));
            else if (value.Comparisons.ShareOfPlan is not null && plan != 0 && Computation.Percent(value.Value, plan) is null)
                problems.Add(new(field.Then("planValue"), $"{value.Value} of the plan {plan} in percent is beyond the largest number a decimal holds; the plan figure is too small for its value."));
        }
        if (value.Comparisons.Target is { } target && target.Unit == value.Unit && IndicatorValue.BaseValueOf(target.Value, value.Multiplier) is null)
            problems.Add(new(field.Then("comparisons", "target", "value"), $"{target.Value} × {value.Multiplier} (target × multiplier) is beyond the largest number a decimal holds, {decimal.MaxValue}."));
        if (value.Comparisons.OutOf is { } whole && (IndicatorValue.BaseValueOf(whole, value.Multiplier) is null || (whole != 0 && Computation.Percent(value.Value, whole) is null)))
            problems.Add(new(field.Then("comparisons", "outOf"), $"The whole {whole} × {value.Multiplier}, or {value.Value} of it in percent, is beyond the largest number a decimal holds."));
    }

    private static void CheckComparisons(IndicatorValue value, IndicatorDefinition definition, FieldPath field, List<ValidationProblem> problems)
    {
        var comparisons = value.Comparisons;
        if (comparisons.RatePercent is { } rate)
            CheckPercent(rate, field.Then("ratePercent"), problems);
        if (comparisons.ShareOfPlan is { } plan)
        {
            if (plan.Percent < 0 || plan.Percent > Limits.MaxShareOfPlanPercent)
                problems.Add(new(field.Then("shareOfPlan", "percent"), $"A share of plan must be within 0–{Limits.MaxShareOfPlanPercent} %, not {plan.Percent} %."));
            CheckYear(plan.PlanYear, field.Then("shareOfPlan", "planYear"), problems);
        }
        if (comparisons.Change is { } change)
        {
            if (change.Unit == ChangeUnit.Percent && change.Amount < -100)
                problems.Add(new(field.Then("change", "amount"), $"A fall cannot exceed 100 %; {change.Amount} % is below -100 %."));
            CheckYear(change.ComparedToYear, field.Then("change", "comparedToYear"), problems);
        }
        if (comparisons.OutOf is { } whole)
        {
            if (whole <= 0 || (definition.Kind == IndicatorKind.Count && whole != decimal.Truncate(whole)))
                problems.Add(new(field.Then("outOf"), $"The whole in \"N of M\" must be a positive{(definition.Kind == IndicatorKind.Count ? " whole" : "")} number, not {whole}."));
            else if (value.Value > whole)
                problems.Add(new(field.Then("outOf"), $"The part ({value.Value}) cannot be more than the whole ({whole})."));
        }
        if (comparisons.Target is { } target)
        {
            if (target.Unit == "percent")
                CheckPercent(target.Value, field.Then("target", "value"), problems);
            else if (target.Unit != definition.Unit)
                problems.Add(new(field.Then("target", "unit"), $"A target is in 'percent' or in the indicator's unit '{definition.Unit}', not '{target.Unit}'."));
            else if (target.Value < 0)
                problems.Add(new(field.Then("target", "value"), "A target cannot be negative."));
            if (target.MetInYear is { } year)
                CheckYear(year, field.Then("target", "metInYear"), problems);
        }
    }

    private void CheckRanking(Ranking ranking, FieldPath field, List<ValidationProblem> problems)
    {
        if (catalog.FindRankingIndex(ranking.Index) is null)
            problems.Add(new(field.Then("index"), $"'{ranking.Index}' is not a ranking index; known: {string.Join(", ", catalog.RankingIndexes.Select(index => index.Code))}."));
        if (ranking.Total is < 1 or > Limits.MaxRankingTotal)
            problems.Add(new(field.Then("total"), $"A ranking's total must be within 1–{Limits.MaxRankingTotal}, not {ranking.Total}."));
        else if (ranking.Position < 1 || ranking.Position > ranking.Total)
            problems.Add(new(field.Then("position"), $"A position must be within 1–{ranking.Total} (its total), not {ranking.Position}."));
        if (ranking.EditionYear is { } year)
            CheckYear(year, field.Then("editionYear"), problems);
        CheckText(ranking.Name, field.Then("name"), required: true, Limits.ShortText, problems);
    }

    private static void CheckNarrative(NarrativeItem item, FieldPath field, List<ValidationProblem> problems)
    {
        CheckText(item.Text, field.Then("text"), required: true, Limits.LongText, problems);
        CheckText(item.Section, field.Then("section"), required: true, Limits.ShortText, problems);
    }

    private static void CheckDocument(DocumentFacts document, FieldPath field, List<ValidationProblem> problems)
    {
        if (document.Month is < 1 or > 12)
            problems.Add(new(field.Then("month"), $"A month is within 1–12, not {document.Month}."));
        if (document.Day is < 1 or > 31)
            problems.Add(new(field.Then("day"), $"A day is within 1–31, not {document.Day}."));
        if (document.Year is { } year)
            CheckYear(year, field.Then("year"), problems);
        foreach (var (text, name) in new[] { (document.Number, "number"), (document.Symbol, "symbol"), (document.Issuer, "issuer"), (document.Place, "place"), (document.Signer, "signer") })
            CheckText(text, field.Then(name), required: false, Limits.ShortText, problems);
        foreach (var (text, name) in new[] { (document.Title, "title"), (document.Addressee, "addressee"), (document.SignerTitle, "signerTitle") })
            CheckText(text, field.Then(name), required: false, Limits.LongText, problems);
        for (var index = 0; index < document.Recipients.Count; index++)
            CheckText(document.Recipients[index], field.ThenItem("recipients", index.ToString(System.Globalization.CultureInfo.InvariantCulture)), required: true, Limits.ShortText, problems);
    }

    private static void CheckPercent(decimal percent, FieldPath field, List<ValidationProblem> problems)
    {
        if (percent is < 0 or > 100)
            problems.Add(new(field, $"A rate or share must be within 0–100 %, not {percent} %."));
    }

    private static void CheckPeriod(ReportPeriod period, FieldPath field, List<ValidationProblem> problems)
    {
        CheckYear(period.Year, field.Then("year"), problems);
        if (period.FromMonth is < 1 or > 12 || period.ToMonth is < 1 or > 12 || period.FromMonth > period.ToMonth)
            problems.Add(new(field, $"Months {period.FromMonth}–{period.ToMonth} are not a period within a year (1–12, first before last)."));
    }

    public static void CheckYear(int year, FieldPath field, List<ValidationProblem> problems)
    {
        if (year is < ReportKey.EarliestYear or > ReportKey.LatestYear)
            problems.Add(new(field, $"Year {year} is outside {ReportKey.EarliestYear}–{ReportKey.LatestYear}."));
    }

    private static void CheckText(LocalizedText? text, FieldPath field, bool required, int maxLength, List<ValidationProblem> problems)
    {
        if (text is null)
        {
            if (required)
                problems.Add(new(field, "The text is required."));
            return;
        }
        CheckText(text.Vi, field.Then("vi"), required: true, maxLength, problems);
        CheckText(text.EnTranslation, field.Then("enTranslation"), required: false, maxLength, problems);
    }

    private static void CheckText(string? text, FieldPath field, bool required, int maxLength, List<ValidationProblem> problems)
    {
        if (text is null)
        {
            if (required)
                problems.Add(new(field, "The text is required."));
        }
        else if (TextRule.ProblemOf(text, maxLength) is { } problem)
            problems.Add(new(field, problem));
    }
}
