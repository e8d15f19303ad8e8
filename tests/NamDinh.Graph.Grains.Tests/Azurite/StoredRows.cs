using System.Text;
using Azure.Data.Tables;

namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>The rows of a table, read with Azure.Data.Tables as an operator would read them.</summary>
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
    /// The state a grain state row holds, as text. Orleans splits state into binary properties of at most 64 KiB
    /// ("Data", "Data1", "Data2", ...), so the chunks are joined before decoding: a cut may fall inside a letter.
    /// </summary>
    public static string StateText(TableEntity row) => ChunksText(row, "Data", 1);

    /// <summary>The report or revision a row of the report table holds, as text: chunks "Data0", "Data1", ...</summary>
    public static string ReportText(TableEntity row) => ChunksText(row, "Data0", 1);

    /// <summary>The row that holds report <paramref name="reportKey"/> ("36-2021") in the report table.</summary>
    public static TableEntity ReportRow(IEnumerable<TableEntity> rows, string reportKey) =>
        Assert.Single(rows, row => row.RowKey == "report" && row.PartitionKey == reportKey);

    private static string ChunksText(TableEntity row, string first, int next)
    {
        var bytes = new List<byte>(row.GetBinary(first) ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} has no {first} property."));
        for (var chunk = next; row.GetBinary($"Data{chunk}") is { } more; chunk++)
            bytes.AddRange(more);
        return Encoding.UTF8.GetString([.. bytes]);
    }
}
