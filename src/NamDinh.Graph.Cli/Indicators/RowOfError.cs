using System.Text.RegularExpressions;
using NamDinh.Graph.Cli.GraphQL;

namespace NamDinh.Graph.Cli.Indicators;

/// <summary>
/// The CSV row a refusal of a <c>changeReport</c> is about: the change its field names ("input.changes[3].setIndicator.value"
/// is the fourth row sent), or the figure its <c>indicator</c> fact names (IMPLAUSIBLE_CHANGE); null for a refusal of
/// the whole change (VERSION_CONFLICT).
/// </summary>
public static partial class RowOfError
{
    public static IndicatorRow? Find(GraphQLError error, IReadOnlyList<IndicatorRow> rowsInOrderSent)
    {
        if (error.Field is { } field && ChangePlace().Match(field) is { Success: true } place &&
            int.TryParse(place.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var index) &&
            index < rowsInOrderSent.Count)
            return rowsInOrderSent[index];
        var code = error.OtherFacts.FirstOrDefault(fact => fact.Key == "indicator").Value;
        return code is null ? null : rowsInOrderSent.FirstOrDefault(row => row.Code == code);
    }

    [GeneratedRegex(@"^input\.changes\[(\d+)\]")]
    private static partial Regex ChangePlace();
}
