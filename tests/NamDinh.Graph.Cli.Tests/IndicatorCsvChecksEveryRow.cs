using NamDinh.Graph.Cli.Indicators;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Tests;

public sealed class IndicatorCsvChecksEveryRow
{
    [Fact]
    public void Only_code_and_value_are_required_and_empty_cells_are_left_to_the_report()
    {
        var csv = IndicatorCsv.Read("value,code\n130.50,postal.revenue\n", IndicatorCatalog.Default);

        Assert.Empty(csv.Problems);
        var row = Assert.Single(csv.Rows);
        Assert.Equal(new IndicatorRow(2, "postal.revenue", 130.5m, null, null, null, null, null, null, null), row);
        Assert.Equal("130.5", row.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_column_is_read_by_its_name()
    {
        var csv = IndicatorCsv.Read(
            "code,value,multiplier,unit,status,qualifier,periodYear,fromMonth,toMonth,baseValue,valueAsWritten\n" +
            "inspection.petitions,7,1,petition,REVISED,MORE_THAN,2021,1,9,7,07 đơn\n",
            IndicatorCatalog.Default);

        Assert.Empty(csv.Problems);
        Assert.Equal(
            new IndicatorRow(2, "inspection.petitions", 7, 1, "petition", ValueStatus.Revised, Qualifier.MoreThan, 2021, 1, 9),
            Assert.Single(csv.Rows));
    }

    [Theory]
    [InlineData("", "line 1: the file is empty")]
    [InlineData("code\npostal.revenue\n", "line 1: the header has no 'value' column")]
    [InlineData("code,value,colour\n", "line 1: unknown column 'colour'")]
    [InlineData("code,value,value\n", "line 1: column 'value' is named twice.")]
    [InlineData("code,value\n", "line 1: the file has a header but no figures.")]
    [InlineData("code,value\npostal.revenue\n", "line 2: 1 cells, but the header names 2 columns.")]
    [InlineData("code,value\n,1\n", "line 2: the code is empty.")]
    [InlineData("code,value\npostal.revenue,\n", "line 2: the value is empty.")]
    [InlineData("code,value\npostal.revenue,1e3\n", "line 2: value '1e3' is not a decimal number")]
    [InlineData("code,value\npostal.revenue,\"1,300\"\n", "line 2: value '1,300' is not a decimal number")]
    [InlineData("code,value,unit\npostal.revenue,1,USD\n", "line 2: 'postal.revenue' is counted in 'VND', not 'USD'.")]
    [InlineData("code,value,qualifier\npostal.revenue,1,APPROXIMATELY\n", "line 2: qualifier 'APPROXIMATELY' is not one of EXACT, MORE_THAN, ABOUT, NEARLY.")]
    [InlineData("code,value,fromMonth\npostal.revenue,1,first\n", "line 2: fromMonth 'first' is not a whole number.")]
    [InlineData("code,value\npostal.revenue,1\npostal.revenue,2\n", "line 3: 'postal.revenue' is set on line 2 already; a file sets each figure once.")]
    [InlineData("code,value\npostal.revenue,\"1\n", "line 2: a quoted cell is never closed.")]
    public void A_bad_file_or_row_is_told_with_its_line(string text, string problem)
    {
        var csv = IndicatorCsv.Read(text, IndicatorCatalog.Default);

        Assert.StartsWith(problem, Assert.Single(csv.Problems).ToString());
    }
}
