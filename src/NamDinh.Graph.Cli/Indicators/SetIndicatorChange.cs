using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.Reports;

namespace NamDinh.Graph.Cli.Indicators;

/// <summary>
/// A CSV row as a <c>setIndicator</c> change of a <c>changeReport</c> list: the code, the value and only the other
/// columns the row gives, so that the server keeps everything else the figure states.
/// </summary>
public static class SetIndicatorChange
{
    public static JsonObject From(IndicatorRow row)
    {
        var change = new JsonObject { ["code"] = row.Code, ["value"] = ExactDecimal.Format(row.Value) };
        if (row.Multiplier is { } multiplier)
            change["multiplier"] = ExactDecimal.Format(multiplier);
        if (row.Unit is { } unit)
            change["unit"] = unit;
        if (row.Status is { } status)
            change["status"] = GraphQLEnum.Name(status);
        if (row.Qualifier is { } qualifier)
            change["qualifier"] = GraphQLEnum.Name(qualifier);
        if ((row.PeriodYear, row.FromMonth, row.ToMonth) is ({ } year, { } from, { } to))
            change["period"] = new JsonObject { ["year"] = year, ["fromMonth"] = from, ["toMonth"] = to };
        return new JsonObject { ["setIndicator"] = change };
    }
}
