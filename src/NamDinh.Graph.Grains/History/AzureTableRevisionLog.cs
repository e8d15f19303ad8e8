using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Grains.History;

/// <summary>
/// Revisions in an Azure table: one partition per report, one row per revision. Row keys count down from the
/// newest version, so a partition reads newest first. A revision is JSON in the domain's shape, split over
/// binary properties of at most 64 KiB (an imported report's revision holds the report twice).
/// </summary>
public sealed class AzureTableRevisionLog(TableServiceClient service, string tableName) : IRevisionLog
{
    private const int ChunkBytes = 64 * 1024;
    private readonly Lazy<Task<TableClient>> _table = new(async () =>
    {
        var table = service.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync();
        return table;
    });

    public async Task AppendAsync(ReportKey key, Revision revision)
    {
        var entity = new TableEntity(key.ToString(), RowKey(revision.Version))
        {
            ["Version"] = revision.Version,
            ["At"] = revision.At,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(revision, ReportJson.Options);
        for (var chunk = 0; chunk * ChunkBytes < json.Length; chunk++)
            entity[$"Data{chunk}"] = json.AsSpan(chunk * ChunkBytes, Math.Min(ChunkBytes, json.Length - chunk * ChunkBytes)).ToArray();
        await (await _table.Value).UpsertEntityAsync(entity, TableUpdateMode.Replace);
    }

    public async Task<RevisionPage> ReadAsync(ReportKey key, long latestVersion, long? beforeVersion, int count)
    {
        var table = await _table.Value;
        var newest = Math.Min(latestVersion, (beforeVersion ?? long.MaxValue) - 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key.ToString()} and RowKey ge {RowKey(newest)}");
        var revisions = new List<Revision>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: count + 1))
        {
            if (revisions.Count == count)
                return new RevisionPage(revisions, true);
            revisions.Add(Read(entity));
        }
        return new RevisionPage(revisions, false);
    }

    private static Revision Read(TableEntity entity)
    {
        using var json = new MemoryStream();
        for (var chunk = 0; entity.TryGetValue($"Data{chunk}", out var data) && data is byte[] bytes; chunk++)
            json.Write(bytes);
        return JsonSerializer.Deserialize<Revision>(json.ToArray(), ReportJson.Options)
            ?? throw new InvalidDataException($"Revision row {entity.PartitionKey}/{entity.RowKey} holds no revision.");
    }

    /// <summary>Counts down, so that the newest revision sorts first: version 1 is "9223372036854775806".</summary>
    private static string RowKey(long version) => (long.MaxValue - version).ToString("D19");
}
