namespace NamDinh.Graph.Grains.Tests.Azurite;

/// <summary>The real Azure Table storage the persistence tests run against: Azurite, started by scripts/test.sh.</summary>
public static class AzuriteStorage
{
    public const string ConnectionStringVariable = "NAMDINH_TEST_STORAGE_CONNECTION_STRING";

    /// <summary>The connection string scripts/test.sh sets; without it the persistence tests fail, they never skip.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"{ConnectionStringVariable} is not set, so the persistence tests have no Azure Table storage to run against. " +
                "Run scripts/test.sh, which starts Azurite and sets it, or set it to the connection string of a running Azurite.");

    /// <summary>A table of this test run's own: letters and digits, starting with a letter, at most 63 characters.</summary>
    public static string NewTableName() => $"GrainsTest{Guid.NewGuid():N}";

    /// <summary>Deletes a test's grain state table and its report table.</summary>
    public static async Task DeleteTablesAsync(string tableName)
    {
        var tables = new Azure.Data.Tables.TableServiceClient(ConnectionString);
        await tables.DeleteTableAsync(tableName);
        await tables.DeleteTableAsync(new Storage.StorageOptions { TableName = tableName }.ReportTableName);
    }
}
