using NamDinh.Graph.Api.Schema.Inputs;
using NamDinh.Graph.Domain.Validation;

namespace NamDinh.Graph.Api.Schema.Mutations;

/// <summary>
/// Names a field at fault as the client wrote it. The figure, ranking or item a mutation writes is its input itself
/// (the domain's "indicator.comparisons.ratePercent" is "input.comparisons.ratePercent"), and gives a text or a name
/// flat, one field a language ("item.text.enTranslation" is "input.textEn"); a whole imported report is
/// "input.report"; a change of a list is under the field of its kind ("input.changes[3].setIndicator.value").
/// </summary>
public static class InputFields
{
    private const string Input = "input";

    /// <summary>importReport's field holding the whole report.</summary>
    private const string ImportedReport = "report";

    public static string Of(FieldPath field, ChangeDraft? draft)
    {
        IEnumerable<string> place = field.Change is not { } index ? []
            : draft is ChangeReportDraft list ? [$"changes[{index}]", list.Changes[index].Mutation]
            : [$"changes[{index}]"];
        IEnumerable<string> within = field.Subject switch
        {
            FieldSubject.Edit => field.Steps,
            FieldSubject.Report => [ImportedReport, .. field.Steps],
            _ => Flat(field.Steps),
        };
        return string.Join('.', [Input, .. place, .. within]);
    }

    private static IReadOnlyList<string> Flat(IReadOnlyList<string> steps) => steps switch
    {
        ["text", "vi"] => ["text"],
        ["text", "enTranslation"] => ["textEn"],
        ["name", "vi"] => ["name"],
        ["name", "enTranslation"] => ["nameEn"],
        _ => steps,
    };
}
