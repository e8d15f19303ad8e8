using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Performance;

/// <summary>
/// The API node hosts its silo, so its reads of a report are local calls. Reports are immutable values handed out
/// as they are held, so such a read copies nothing: two reads answer the very same object.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AReportReadInTheSameSiloIsNotCopied(ApiFactory api)
{
    [Fact]
    public async Task Two_reads_of_a_report_answer_the_same_object()
    {
        var grain = api.Services.GetRequiredService<IGrainFactory>().GetReportGrain(new ReportKey("36", 2021));

        var first = await grain.GetAsync();
        var second = await grain.GetAsync();

        Assert.NotNull(first);
        Assert.Same(first, second);
    }
}
