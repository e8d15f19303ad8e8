using System.Globalization;
using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Grains.Storage;

/// <summary>
/// Reports on Azure Table storage: one partition per report ("36-2021"), holding the report in row "report" and
/// each revision in a row "revision-…" whose key counts down from the newest version, so revisions read newest first.
/// A change is one entity group transaction of the two rows: one round trip, all or nothing. Report and revision are
/// JSON in the domain's shape, split over binary properties of at most 64 KiB (Data0, Data1, …), readable with any
/// table browser. The answer to a change made under an idempotency key is a row "answer-…" named by the key's SHA-256,
/// written in the same transaction.
/// </summary>
public sealed class AzureTableReportStore(TableServiceClient service, string tableName) : IReportStore
{
    private const string ReportRow = "report";
    private const string RevisionRowPrefix = "revision-";
    private const string AnswerRowPrefix = "answer-";
    private const int ChunkBytes = 64 * 1024;

    private Task<TableClient>? _table;

    public Task<StoredReport?> ReadAsync(ReportKey key) => StorageFailures.CallAsync($"read report {key}", async () =>
    {
        var row = await (await TableAsync()).GetEntityIfExistsAsync<TableEntity>(key.ToString(), ReportRow);
        return row.HasValue ? new StoredReport(Read<Report>(row.Value!), row.Value!.ETag.ToString()) : null;
    });

    /// <summary>Storage answers at all: one request for a row that is never there.</summary>
    public Task CheckReachableAsync(CancellationToken cancellation) => StorageFailures.CallAsync("reach the reports' table", async () =>
        await (await TableAsync()).GetEntityIfExistsAsync<TableEntity>("~", "~", cancellationToken: cancellation));

    /// <summary>The reports' table, created on first use; tried again on the next call if storage could not be reached.</summary>
    private Task<TableClient> TableAsync()
    {
        var table = _table;
        if (table is null || table.IsFaulted || table.IsCanceled)
            _table = table = CreateTableAsync();
        return table;
    }

    private async Task<TableClient> CreateTableAsync()
    {
        var table = service.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public Task<string> WriteAsync(ReportKey key, Report report, Revision revision, string? expected, KeptAnswer? answer = null) =>
        StorageFailures.CallAsync($"store change {revision.Version} of report {key}", () => SubmitAsync(key, report, revision, expected, answer));

    public Task<KeptAnswer?> ReadAnswerAsync(ReportKey key, string idempotencyKey) => StorageFailures.CallAsync($"read a kept answer of report {key}", async () =>
    {
        var row = await (await TableAsync()).GetEntityIfExistsAsync<TableEntity>(key.ToString(), AnswerRowKey(idempotencyKey));
        return row.HasValue ? Read<KeptAnswer>(row.Value!) : null;
    });

    private async Task<string> SubmitAsync(ReportKey key, Report report, Revision revision, string? expected, KeptAnswer? answer)
    {
        var reportRow = Row(key, ReportRow, report, report.Version);
        var revisionRow = Row(key, RevisionRowKey(revision.Version), revision, revision.Version);
        revisionRow["At"] = revision.At;
        TableTransactionAction[] change =
        [
            expected is null
                ? new(TableTransactionActionType.Add, reportRow)
                : new(TableTransactionActionType.UpdateReplace, reportRow, new ETag(expected)),
            new(TableTransactionActionType.Add, revisionRow),
            .. answer is null ? [] : new[] { new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row(key, AnswerRowKey(answer.IdempotencyKey), answer, answer.Version)) },
        ];
        try
        {
            var stored = await (await TableAsync()).SubmitTransactionAsync(change);
            return stored.Value[0].Headers.ETag?.ToString() ?? throw new InvalidDataException($"Storage answered no tag for report {key}.");
        }
        catch (TableTransactionFailedException failed) when (failed.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            throw new StoredReportChangedException(key);
        }
    }

    public Task<RevisionPage> ReadRevisionsAsync(ReportKey key, long latestVersion, long? beforeVersion, int count) =>
        StorageFailures.CallAsync($"read the history of report {key}", () => QueryRevisionsAsync(key, latestVersion, beforeVersion, count));

    private async Task<RevisionPage> QueryRevisionsAsync(ReportKey key, long latestVersion, long? beforeVersion, int count)
    {
        var table = await TableAsync();
        var newest = Math.Min(latestVersion, (beforeVersion ?? long.MaxValue) - 1);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {key.ToString()} and RowKey ge {RevisionRowKey(newest)} and RowKey lt {RevisionRowPrefix + ":"}");
        var revisions = new List<Revision>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: count + 1))
        {
            if (revisions.Count == count)
                return new RevisionPage(revisions, true);
            revisions.Add(Read<Revision>(row));
        }
        return new RevisionPage(revisions, false);
    }

    private static TableEntity Row<T>(ReportKey key, string rowKey, T value, long version)
    {
        var row = new TableEntity(key.ToString(), rowKey) { ["Version"] = version };
        var json = JsonSerializer.SerializeToUtf8Bytes(value, ReportJson.Options);
        for (var chunk = 0; chunk * ChunkBytes < json.Length; chunk++)
            row[$"Data{chunk}"] = json.AsSpan(chunk * ChunkBytes, Math.Min(ChunkBytes, json.Length - chunk * ChunkBytes)).ToArray();
        return row;
    }

    private static T Read<T>(TableEntity row)
    {
        using var json = new MemoryStream();
        for (var chunk = 0; row.TryGetValue($"Data{chunk}", out var data) && data is byte[] bytes; chunk++)
            json.Write(bytes);
        return JsonSerializer.Deserialize<T>(json.GetBuffer().AsSpan(0, (int)json.Length), ReportJson.Options)
            ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} holds no {typeof(T).Name}.");
    }

    /// <summary>A row key for any idempotency key: table keys may not hold '/', '\\', '#' or '?', nor be long.</summary>
    private static string AnswerRowKey(string idempotencyKey) =>
        AnswerRowPrefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(idempotencyKey)));

    /// <summary>Counts down, so that the newest revision sorts first: version 1 is "revision-9223372036854775806".</summary>
    private static string RevisionRowKey(long version) => RevisionRowPrefix + (long.MaxValue - version).ToString("D19", CultureInfo.InvariantCulture);
}
