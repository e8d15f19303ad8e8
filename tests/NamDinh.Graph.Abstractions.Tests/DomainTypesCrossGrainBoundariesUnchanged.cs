using NamDinh.Graph.Domain.Reports;
using static NamDinh.Graph.Abstractions.Tests.OrleansWithDomainTypes;

namespace NamDinh.Graph.Abstractions.Tests;

/// <summary>
/// What a grain answers is what it holds: the seed report, its key and lists of keys arrive through Orleans'
/// serializer and copier with every figure, sentence and Vietnamese letter as they were.
/// </summary>
public sealed class DomainTypesCrossGrainBoundariesUnchanged
{
    private static Report NamDinh2021 => SeedReports.All[0];

    [Fact]
    public void TheSeedReportArrivesWhole()
    {
        var arrived = SentAcross(NamDinh2021);

        Assert.Equal(Json(NamDinh2021), Json(arrived));
        Assert.Equal((41, 5), (arrived.Indicators.Count, arrived.Rankings.Count));
        Assert.Equal("Nam Định", arrived.Document.Place);
    }

    [Fact]
    public void TheSeedReportArrivesAsAReportWhenSentAsAnObject()
    {
        var arrived = Assert.IsType<Report>(SentAcross<object>(NamDinh2021));

        Assert.Equal(Json(NamDinh2021), Json(arrived));
    }

    [Fact]
    public void NoReportArrivesAsNoReport() =>
        Assert.Null(SentAcross<Report?>(null));

    [Fact]
    public void ASyntheticReportStaysMarkedSynthetic()
    {
        var synthetic = NamDinh2021 with { Key = new ReportKey("35", 2021), Version = 7, Synthetic = true };

        var arrived = SentAcross(synthetic);

        Assert.True(arrived.Synthetic);
        Assert.Equal((new ReportKey("35", 2021), 7L), (arrived.Key, arrived.Version));
        Assert.Equal(Json(synthetic), Json(arrived));
    }

    [Fact]
    public void AReportKeyArrivesEqual() =>
        Assert.Equal(new ReportKey("36", 2021), SentAcross(new ReportKey("36", 2021)));

    [Fact]
    public void AListOfReportKeysArrivesInItsOrder()
    {
        List<ReportKey> keys = [new("01", 2021), new("35", 2021), new("36", 2021)];

        Assert.Equal(keys, SentAcross(keys));
    }

    /// <summary>A grain call within a silo copies its arguments and answer; an immutable domain value is its own copy.</summary>
    [Fact]
    public void ACopiedReportIsTheReportItself() => Assert.Same(NamDinh2021, Copier.Copy(NamDinh2021));

    /// <summary>What makes handing domain values over uncopied safe: no domain type can be changed once made.</summary>
    [Fact]
    public void NoDomainTypeHasAPropertyOrFieldThatCanBeSet()
    {
        var settable = typeof(Report).Assembly.GetTypes()
            .Where(type => (type.IsPublic || type.IsNestedPublic) && !type.IsEnum)
            .SelectMany(type => type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                    .Where(property => property.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
                    .Select(property => $"{type.Name}.{property.Name}")
                .Concat(type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                    .Where(field => !field.IsInitOnly)
                    .Select(field => $"{type.Name}.{field.Name}")))
            .ToList();

        Assert.Empty(settable);
    }

    [Fact]
    public void ACopiedListOfReportKeysIsEqual()
    {
        List<ReportKey> keys = [new("01", 2021), new("36", 2021)];

        Assert.Equal(keys, Copier.Copy(keys));
    }
}
