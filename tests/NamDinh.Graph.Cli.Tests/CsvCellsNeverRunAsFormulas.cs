using NamDinh.Graph.Cli.Csv;

namespace NamDinh.Graph.Cli.Tests;

/// <summary>
/// A cell a spreadsheet would run as a formula is written with an apostrophe before it, and read back as it was;
/// numbers, negative ones too, stay numbers.
/// </summary>
public sealed class CsvCellsNeverRunAsFormulas
{
    private static string Written(params string[] cells)
    {
        var text = new StringWriter();
        new CsvWriter(text).WriteRecord(cells);
        return text.ToString();
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void A_cell_starting_a_formula_is_escaped_and_reads_back_unchanged(string cell)
    {
        var line = Written("x", cell);

        Assert.DoesNotContain(",=", line);
        Assert.Contains("'", line);
        Assert.Equal(["x", cell], CsvReader.Read(line)[0].Cells);
    }

    [Theory]
    [InlineData("-28")]
    [InlineData("-0.5")]
    [InlineData("130")]
    public void A_number_is_written_as_it_is(string number)
    {
        Assert.Equal($"x,{number}\n", Written("x", number));
        Assert.Equal(["x", number], CsvReader.Read(Written("x", number))[0].Cells);
    }

    [Theory]
    [InlineData("'=not a formula")]
    [InlineData("''-two apostrophes")]
    [InlineData("'quoted'")]
    public void A_text_that_starts_with_an_apostrophe_reads_back_unchanged(string cell) =>
        Assert.Equal(["x", cell], CsvReader.Read(Written("x", cell))[0].Cells);
}
