namespace NamDinh.Graph.Grains.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider? Provider { get; set; }

    /// <summary>An Azure Storage connection string; "UseDevelopmentStorage=true" for Azurite on its default ports.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table that holds grain state: the catalog of reports and the aggregates across provinces.</summary>
    public string TableName { get; set; } = "NamDinhGraphGrainState";

    /// <summary>The table that holds the reports, each with its revisions (<see cref="AzureTableReportStore"/>).</summary>
    public string ReportTableName => TableName + "Reports";

    /// <summary>Throws a message an operator can act on when the settings do not name a usable storage.</summary>
    public StorageProvider Validate()
    {
        return Provider switch
        {
            null => throw new InvalidOperationException(
                "Storage:Provider is not set. Set it to 'AzureTable' (with Storage:ConnectionString) for durable storage, or to 'Memory' to keep everything in memory on purpose."),
            StorageProvider.AzureTable when string.IsNullOrWhiteSpace(ConnectionString) => throw new InvalidOperationException(
                "Storage:Provider is 'AzureTable' but Storage:ConnectionString is empty. Use 'UseDevelopmentStorage=true' for a local Azurite."),
            var provider => provider.Value,
        };
    }
}
