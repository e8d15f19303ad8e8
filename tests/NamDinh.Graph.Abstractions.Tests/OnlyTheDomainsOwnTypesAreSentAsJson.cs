using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Abstractions.Serialization;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Abstractions.Tests;

/// <summary>
/// The JSON codec takes the domain model's types and nothing else: strings, collections and Orleans'
/// own types keep Orleans' codecs, and a list of domain values is a list whose items go as JSON.
/// </summary>
public sealed class OnlyTheDomainsOwnTypesAreSentAsJson
{
    [Theory]
    [InlineData(typeof(Report))]
    [InlineData(typeof(ReportKey))]
    [InlineData(typeof(IndicatorValue))]
    [InlineData(typeof(DocumentFacts))]
    [InlineData(typeof(LocalizedText))]
    [InlineData(typeof(Sector))]
    public void TheDomainsTypesAreDomainTypes(Type type) =>
        Assert.True(DomainSerialization.IsDomainType(type));

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(int))]
    [InlineData(typeof(List<ReportKey>))]
    [InlineData(typeof(IReadOnlyList<Report>))]
    [InlineData(typeof(IReportGrain))]
    [InlineData(typeof(GrainId))]
    public void OtherTypesAreNot(Type type) =>
        Assert.False(DomainSerialization.IsDomainType(type));
}
