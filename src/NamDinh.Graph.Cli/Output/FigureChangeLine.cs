using NamDinh.Graph.Cli.Indicators;

namespace NamDinh.Graph.Cli.Output;

/// <summary>
/// A figure's change as one line: "111 × 1000000000 VND, ESTIMATE, EXACT → 112.5 × 1000000000 VND, ESTIMATE, EXACT
/// (value)", the figure before and after and, in brackets, the fields the change changed.
/// </summary>
public static class FigureChangeLine
{
    public static string Of(ChangePayload.Change change, int reportYear)
    {
        var fields = change.Fields.Count > 0 ? change.Fields : change.OldIndicator is null ? ["added"] : ["removed"];
        return $"{FigureText.Of(change.OldIndicator, reportYear)} → {FigureText.Of(change.NewIndicator, reportYear)} ({string.Join(", ", fields)})";
    }
}
