using System.Text.Json;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;
using NamDinh.Graph.Grains.Tests.Azurite;
using static NamDinh.Graph.Grains.Tests.ReportJsonText;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// A report's row in Azure Table storage is the report in the domain's JSON shape, Vietnamese readable as
/// written, so anyone with a table browser or Azure.Data.Tables can read it without Orleans.
/// </summary>
[Collection(RestartedClusterCollection.Name)]
public sealed class StoredReportsAreJsonAnOperatorCanRead(RestartedCluster cluster)
{
    [Fact]
    public async Task TheNamDinhRowHoldsTheSeedReportAsJson()
    {
        var row = StoredRows.ReportRow(await StoredRows.ReadAllAsync(cluster.ReportTableName), "36-2021");

        var text = StoredRows.ReportText(row);

        Assert.Contains("\"place\":\"Nam Định\"", text, StringComparison.Ordinal);
        var report = JsonSerializer.Deserialize<Report>(text, ReportJson.Options);
        Assert.Equal(Json(SyntheticReports.NamDinh2021), Json(report));
    }

    [Fact]
    public async Task TheCatalogRowListsTheReportKeysAndTheirVersionsAsJson()
    {
        var row = Assert.Single(await StoredRows.ReadAllAsync(cluster.TableName), row => row.RowKey == "catalog");

        var text = StoredRows.StateText(row);
        Assert.StartsWith("""{"reports":[{"provinceCode":"27","year":2021},{"provinceCode":"36","year":2021}],"marks":[""", text);
        Assert.Contains("""{"key":{"provinceCode":"36","year":2021},"version":""", text);
    }
}
