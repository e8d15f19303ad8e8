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
}
