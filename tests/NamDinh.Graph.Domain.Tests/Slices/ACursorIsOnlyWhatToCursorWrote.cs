using System.Buffers.Text;
using System.Text;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// A cursor is opaque text that names a position: every position written as a cursor reads back as itself, and
/// text no cursor was written as reads as nothing.
/// </summary>
public sealed class ACursorIsOnlyWhatToCursorWrote
{
    [Fact]
    public void EveryPositionOfTheSyntheticSetReadsBack() =>
        Assert.All(SyntheticSlices.Figures, figure =>
        {
            var position = FigurePosition.Of(figure);
            Assert.True(FigurePosition.TryParseCursor(position.ToCursor(), out var read));
            Assert.Equal(position, read);
        });

    [Theory]
    [InlineData("01", 2022, "postal.revenue", "0")]
    [InlineData("36", 2021, "postal.revenue", "130000000000")]
    [InlineData("96", 2019, "egov.electronic-documents.share", "-0.0005")]
    [InlineData("79", 2100, "x", "79228162514264337593543950335")]
    public void AnyPositionReadsBack(string province, int year, string code, string value)
    {
        var position = new FigurePosition(province, year, code, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(FigurePosition.TryParseCursor(position.ToCursor(), out var read));
        Assert.Equal(position, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a")]
    [InlineData("!!!!")]
    [InlineData("not a cursor")]
    public void TextNoCursorWasWrittenAsIsRefused(string cursor) =>
        Assert.False(FigurePosition.TryParseCursor(cursor, out _));

    [Theory]
    [InlineData("garbage")]
    [InlineData("f1")]
    [InlineData("f1\n36\n2021\npostal.revenue")]
    [InlineData("f1\n36\n2021\npostal.revenue\n130\nmore")]
    [InlineData("f2\n36\n2021\npostal.revenue\n130")]
    [InlineData("f1\n\n2021\npostal.revenue\n130")]
    [InlineData("f1\n36\n2021\n\n130")]
    [InlineData("f1\n36\n20x1\npostal.revenue\n130")]
    [InlineData("f1\n36\n-2021\npostal.revenue\n130")]
    [InlineData("f1\n36\n2021\npostal.revenue\n1e5")]
    [InlineData("f1\n36\n2021\npostal.revenue\n")]
    [InlineData("f1\n36\n2021\npostal.revenue\n1,300")]
    public void GarbageWrittenInBase64IsRefused(string text) =>
        Assert.False(FigurePosition.TryParseCursor(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text)), out _));

    [Fact]
    public void BytesThatAreNoTextAreRefused() =>
        Assert.False(FigurePosition.TryParseCursor(Base64Url.EncodeToString([0xFF, 0xFE, 0x00, 0x0A, 0xC3]), out _));
}
