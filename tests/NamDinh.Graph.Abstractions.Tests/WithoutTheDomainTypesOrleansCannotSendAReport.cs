using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Domain.Reports;
using Orleans.Serialization;

namespace NamDinh.Graph.Abstractions.Tests;

/// <summary>
/// The domain types carry no Orleans attributes, so a silo or client that leaves out AddDomainTypes cannot send
/// a report at all: it fails loudly instead of sending something else.
/// </summary>
public sealed class WithoutTheDomainTypesOrleansCannotSendAReport
{
    [Fact]
    public void SerializingAReportWithoutTheDomainTypesThrows()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        var error = Assert.Throws<CodecNotFoundException>(() => serializer.SerializeToArray(SeedReports.All[0]));

        Assert.Contains(nameof(Report), error.Message, StringComparison.Ordinal);
    }
}
