namespace NamDinh.Graph.Cli.Tests;

[Collection(ServerCollection.Name)]
public sealed class ExportCsvHasARowPerFigure(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    [Fact]
    public async Task The_csv_has_a_header_and_one_row_per_figure_in_the_reports_order()
    {
        var export = await _tool.RunAsync("export-report", "--province", "nam-dinh", "--year", "2021", "--format", "csv");

        Assert.True(export.ExitCode == 0, export.ToString());
        var lines = export.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("code,value,multiplier,unit,status,qualifier,periodYear,fromMonth,toMonth,baseValue,valueAsWritten", lines[0]);
        Assert.Equal(1 + 41, lines.Length);
        Assert.Equal("postal.revenue,130,1000000000,VND,ESTIMATE,EXACT,2021,1,12,130000000000,130 tỷ đồng", lines[1]);
        Assert.Contains("press.news-items.problems-share,11.5,1,percent,ESTIMATE,ABOUT,2021,1,12,11.5,11.5%", lines);
        Assert.Contains("inspection.petitions,10,1,petition,FINAL,EXACT,2021,1,10,10,10 đơn thư", lines);
    }

    [Fact]
    public async Task With_an_output_file_the_csv_goes_to_the_file()
    {
        var file = TestData.WriteTemporary("", ".csv");

        var export = await _tool.RunAsync("export-report", "--province", "36", "--year", "2021", "--format", "csv", "--output", file);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal($"Wrote Nam Định (36) 2021, version 1, to {file} (csv).\n", export.Output);
        Assert.StartsWith("code,value,", File.ReadAllText(file));
    }
}
