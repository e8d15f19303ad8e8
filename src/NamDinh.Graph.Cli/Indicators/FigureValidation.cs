using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Validation;

namespace NamDinh.Graph.Cli.Indicators;

/// <summary>
/// Checks the figures a CSV sets by the domain's own rules, the ones the server applies to setIndicator
/// (a count is whole and not negative, a percentage within 0–100, a known multiplier, a period within a year),
/// so that a file the server would refuse half-way is refused whole before anything is sent.
/// </summary>
public static class FigureValidation
{
    public static IReadOnlyList<RowProblem> Check(Report report, IEnumerable<FigureChange> changes) =>
        changes.Where(change => change.New is not null).SelectMany(change =>
        {
            var after = new ReplaceIndicator(change.New!).ApplyTo(report);
            return ReportValidator.Default.Validate(after, ReportDiff.Between(report, after), "indicator")
                .Select(problem => new RowProblem(change.Row.Line, $"{FieldName(problem.Field)}: {problem.Message}"));
        }).ToList();

    private static string FieldName(string field) => field.StartsWith("indicator.", StringComparison.Ordinal) ? field["indicator.".Length..] : field;
}
