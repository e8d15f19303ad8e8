using NamDinh.Graph.Cli.Reports;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Indicators;

/// <summary>A figure in a few words for the terminal: "111 × 1000000000 VND, ESTIMATE, EXACT, months 1–9 of 2021".</summary>
public static class FigureText
{
    public static string Of(IndicatorValue? value, int reportYear)
    {
        if (value is null)
            return "(none)";
        var number = ExactDecimal.Format(value.Value) + (value.Multiplier == 1 ? "" : " × " + ExactDecimal.Format(value.Multiplier));
        var period = value.Period.IsWholeYear
            ? value.Period.Year == reportYear ? "" : $", {value.Period.Year}"
            : $", months {value.Period.FromMonth}–{value.Period.ToMonth} of {value.Period.Year}";
        return $"{number} {value.Unit}, {GraphQLEnum.Name(value.Status)}, {GraphQLEnum.Name(value.Qualifier)}{period}";
    }
}
