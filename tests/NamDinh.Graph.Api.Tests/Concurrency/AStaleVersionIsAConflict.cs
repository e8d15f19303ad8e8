namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// Optimistic concurrency: a change made against a version that is no longer current is refused with
/// VERSION_CONFLICT, telling the current version, and changes nothing; a change without an expected version
/// applies to the latest.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AStaleVersionIsAConflict(ApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    public static TheoryData<string> Mutations => new(
        "setIndicator", "removeIndicator", "addTask", "updateTask", "removeTask", "addPriority", "updatePriority", "removePriority", "setRanking", "importReport");

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task A_change_against_an_earlier_version_is_refused_and_changes_nothing(string mutation)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        await _client.MutateAsync("setIndicator", own.Input(new { code = "press.news-items", value = "3300", expectedVersion = 1 }));
        var before = await _client.ReadWholeAsync(own);

        var answer = await _client.TryMutateAsync(mutation, ValidInput(mutation, own, expectedVersion: 1));

        Assert.Null(answer.Data![mutation]);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("VERSION_CONFLICT", error.CodeOf());
        Assert.Equal(2, error!["extensions"].Int("currentVersion"));
        Assert.Equal(1, error["extensions"].Int("expectedVersion"));
        Assert.Contains("version 2", error.Text("message"));
        Assert.Equal(before, await _client.ReadWholeAsync(own));

        // Made again against the current version, the same change applies.
        var applied = await _client.MutateAsync(mutation, ValidInput(mutation, own, expectedVersion: 2));
        Assert.True(applied["applied"]!.GetValue<bool>());
        Assert.Equal(3, applied.Int("version"));
    }

    [Fact]
    public async Task A_change_without_an_expected_version_applies_to_the_latest()
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);
        for (var value = 1; value <= 3; value++)
            await _client.MutateAsync("setIndicator", own.Input(new { code = "press.news-items", value }));

        var payload = await _client.MutateAsync("setIndicator", own.Input(new { code = "press.news-items", value = "4" }), "version indicator { value }");

        Assert.Equal(5, payload.Int("version"));
        Assert.Equal("4", payload["indicator"].Text("value"));
        var conflict = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "press.news-items", value = "5", expectedVersion = 6 }));
        Assert.Equal("VERSION_CONFLICT", conflict.FirstErrorCode);
        Assert.Equal(5, conflict.Errors[0]!["extensions"].Int("currentVersion"));
        var read = await _client.ReadAsync(own, "version indicators { value }");
        Assert.Equal(5, read.Int("version"));
        Assert.Equal("4", read.Array("indicators").Single().Text("value"));
    }

    private static object ValidInput(string mutation, OwnReport own, int expectedVersion) => mutation switch
    {
        "setIndicator" => own.Input(new { expectedVersion, code = "telecom.revenue", value = "1200", multiplier = "1000000000" }),
        "removeIndicator" => own.Input(new { expectedVersion, code = "telecom.revenue" }),
        "addTask" => own.Input(new { expectedVersion, sector = "INSPECTION", text = "Thanh tra chuyên ngành." }),
        "updateTask" => own.Input(new { expectedVersion, id = "task-3.1-01", position = 2 }),
        "removeTask" => own.Input(new { expectedVersion, id = "task-3.1-01" }),
        "addPriority" => own.Input(new { expectedVersion, sector = "INSPECTION", text = "Thanh tra chuyên ngành." }),
        "updatePriority" => own.Input(new { expectedVersion, id = "priority-6.1-01", text = "Sửa." }),
        "removePriority" => own.Input(new { expectedVersion, id = "priority-6.1-01" }),
        "setRanking" => own.Input(new { expectedVersion, index = "dti", position = 1, total = 63 }),
        "importReport" => new { expectedVersion, report = OwnReport.Json(own.CopyOfNamDinh() with { Tasks = [] }) },
        _ => throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null),
    };
}
