using NamDinh.Graph.Cli.Csv;

namespace NamDinh.Graph.Cli.Tests;

public sealed class CsvReaderReadsRfc4180
{
    [Fact]
    public void Quoted_cells_hold_commas_quotes_and_line_breaks_and_records_keep_their_first_line()
    {
        var records = CsvReader.Read("code,text\r\na,\"1,5\"\r\nb,\"say \"\"hi\"\"\"\n\nc,\"two\nlines\"\nd, spaced \n");

        Assert.Equal([1, 2, 3, 5, 7], records.Select(record => record.Line));
        Assert.Equal(["a", "1,5"], records[1].Cells);
        Assert.Equal(["b", "say \"hi\""], records[2].Cells);
        Assert.Equal(["c", "two\nlines"], records[3].Cells);
        Assert.Equal(["d", "spaced"], records[4].Cells);
    }

    [Fact]
    public void A_byte_order_mark_and_a_missing_last_line_break_change_nothing()
    {
        var records = CsvReader.Read("\uFEFFcode,value\nx,1");

        Assert.Equal(["code", "value"], records[0].Cells);
        Assert.Equal(["x", "1"], records[1].Cells);
    }

    [Theory]
    [InlineData("a,b\nc,\"never closed\n", 2, "line 2: a quoted cell is never closed.")]
    [InlineData("a,b\nc,d\"e\n", 2, "line 2: a quote inside an unquoted cell")]
    [InlineData("a,b\n\"c\"d,e\n", 2, "line 2: text after a closing quote.")]
    public void Malformed_csv_names_its_line(string text, int line, string message)
    {
        var error = Assert.Throws<CsvFormatException>(() => CsvReader.Read(text));

        Assert.Equal(line, error.Line);
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        string[] cells = ["plain", "1,5", "say \"hi\"", "two\nlines", " padded ", ""];
        var text = new StringWriter();

        new CsvWriter(text).WriteRecord(cells);

        Assert.Equal(cells, CsvReader.Read(text.ToString()).Single().Cells);
    }
}
