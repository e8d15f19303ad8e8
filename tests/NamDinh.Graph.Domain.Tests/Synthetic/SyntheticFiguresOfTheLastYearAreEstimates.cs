using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

public sealed class SyntheticFiguresOfTheLastYearAreEstimates
{
    [Fact]
    public void FiguresAreFinalButTheLastYearsAreEstimates() =>
        Assert.All(SyntheticSet.Reports.SelectMany(report => report.Indicators.Select(value => (report.Key.Year, value.Status))),
            figure => Assert.Equal(figure.Year == SyntheticSet.Generator.LastYear ? ValueStatus.Estimate : ValueStatus.Final, figure.Status));
}
