using System.Globalization;
using GraphQL;
using GraphQL.Types;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Reports;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

/// <summary>Reading a report's revisions page by page, for the report's and each figure's history.</summary>
public static class ReportHistoryFields
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static QueryArguments PagingArguments() => new(
        new QueryArgument<IntGraphType> { Name = "first", Description = $"How many, newest first: 1–{MaxPageSize}, {DefaultPageSize} when not given.", DefaultValue = DefaultPageSize },
        new QueryArgument<StringGraphType> { Name = "after", Description = "The endCursor of the page before, for the next (older) page." });

    /// <summary>The page of <paramref name="report"/>'s revisions the arguments ask for; revisions after the report's own version are not its history.</summary>
    public static async Task<RevisionConnection> ReadAsync(IResolveFieldContext context, ReportReader reader, RequestLimits limits, Report report)
    {
        var first = First(context, limits);
        var before = Math.Min(After(context) ?? long.MaxValue, report.Version + 1);
        var page = await reader.HistoryAsync(report.Key, before, first);
        return new RevisionConnection(report.Key, page.Revisions, page.HasOlder, checked((int)report.Version));
    }

    /// <summary>The revisions that changed figure <paramref name="code"/>, newest first, each with that figure's entry.</summary>
    public static async Task<IReadOnlyList<FigureRevision>> ReadIndicatorAsync(IResolveFieldContext context, ReportReader reader, RequestLimits limits, Report report, string code)
    {
        var first = First(context, limits);
        var before = Math.Min(After(context) ?? long.MaxValue, report.Version + 1);
        var found = new List<FigureRevision>();
        await foreach (var revision in reader.RevisionsNewestFirstAsync(report.Key, before))
        {
            if (revision.Entries.SingleOrDefault(entry => entry.Part == ReportParts.Indicators && entry.Key == code) is { } entry)
                found.Add(new FigureRevision(report.Key, revision, entry));
            if (found.Count == first)
                break;
        }
        return found;
    }

    private static int First(IResolveFieldContext context, RequestLimits limits) => ReportArguments.PageSize(context, limits, MaxPageSize, "first");

    private static long? After(IResolveFieldContext context) =>
        context.GetArgument<string?>("after") is not { } cursor ? null
        : long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw ClientErrors.BadUserInput("after", $"'{Errors.Echo.Short(cursor)}' is not a cursor this API gave.");
}
