using System.Text;
using Azure.Data.Tables;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>The grain state rows of a table, read with Azure.Data.Tables as an operator would read them.</summary>
public static class StoredRows
{
    public static async Task<IReadOnlyList<TableEntity>> ReadAllAsync(string tableName)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in new TableClient(AzuriteStorage.ConnectionString, tableName).QueryAsync<TableEntity>())
            rows.Add(row);
        return rows;
    }

    /// <summary>
    /// The state a row holds, as text. Orleans splits state into binary properties of at most 64 KiB
    /// ("Data", "Data1", "Data2", ...), so the chunks are joined before decoding: a cut may fall inside a letter.
    /// </summary>
    public static string StateText(TableEntity row)
    {
        var bytes = new List<byte>(row.GetBinary("Data") ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} has no Data property."));
        for (var chunk = 1; row.GetBinary($"Data{chunk}") is { } more; chunk++)
            bytes.AddRange(more);
        return Encoding.UTF8.GetString([.. bytes]);
    }

    /// <summary>The row of the report grain for <paramref name="reportKey"/> ("36-2021").</summary>
    public static TableEntity ReportRow(IEnumerable<TableEntity> rows, string reportKey) =>
        Assert.Single(rows, row => row.RowKey == "report" && row.PartitionKey.EndsWith($"_{reportKey}", StringComparison.Ordinal));
}
