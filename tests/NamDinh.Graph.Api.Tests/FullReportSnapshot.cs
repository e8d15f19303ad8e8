using Snapshooter.Xunit;

namespace NamDinh.Graph.Api.Tests;

/// <summary>The whole Nam Định 2021 report as a client receives it, held as a snapshot reviewed like code.</summary>
[Collection(ApiCollection.Name)]
public sealed class FullReportSnapshot(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task The_full_Nam_Dinh_2021_report()
    {
        var answer = await _client.PostAsync(Queries.FullReport);

        Assert.Equal(200, answer.Status);
        Assert.Empty(answer.Errors);
        Snapshot.Match(answer.Body.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }
}
