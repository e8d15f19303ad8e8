namespace NamDinh.Graph.Api.Tests.Ids;

/// <summary>
/// updateTask, removeTask and their priority twins take in input.id the item's id as a client read it
/// ("NarrativeItem:01-2030:task-3.1-01", also as read of an earlier version) or its key as scripts give it
/// ("task-3.1-01"). The id of another report's item, or of something else than an item, is BAD_USER_INPUT naming
/// input.id, and changes nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AnItemIsNamedByItsIdOrItsKey(ApiFactory api)
{
    private const string Task = "task-3.1-02";

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Theory]
    [InlineData("key")]
    [InlineData("id")]
    [InlineData("id as of version 1")]
    public async Task An_update_names_the_item_by_its_key_or_its_id(string namedBy)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var given = namedBy switch
        {
            "key" => Task,
            "id" => $"NarrativeItem:{own.Id}:{Task}",
            _ => $"NarrativeItem:{own.Id}@1:{Task}",
        };

        var payload = await _client.MutateAsync("updateTask", own.Input(new { id = given, textEn = "Named." }), "version item { id key textEn: text(lang: EN) }");

        Assert.Equal(2, payload.Int("version"));
        Assert.Equal((Id(own, Task), Task, "Named."), (payload["item"].Text("id"), payload["item"].Text("key"), payload["item"].Text("textEn")));
    }

    [Fact]
    public async Task A_removal_names_the_item_by_its_id()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var payload = await _client.MutateAsync("removePriority", own.Input(new { id = Id(own, "priority-6.1-01") }), "version removedId removedKey");

        Assert.Equal((2, Id(own, "priority-6.1-01"), "priority-6.1-01"), (payload.Int("version"), payload.Text("removedId"), payload.Text("removedKey")));
    }

    [Theory]
    [InlineData("another report's item", "NarrativeItem:36-2021:task-3.1-02")]
    [InlineData("a figure", "IndicatorValue:{0}:postal.revenue")]
    [InlineData("a report", "Report:{0}")]
    [InlineData("a preview", "NarrativeItem:{0}@1+dry-run-:task-3.1-02")]
    public async Task The_id_of_something_else_is_BAD_USER_INPUT_and_changes_nothing(string what, string id)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);

        var answer = await _client.TryMutateAsync("updateTask", own.Input(new { id = string.Format(System.Globalization.CultureInfo.InvariantCulture, id, own.Id), text = "Không." }), "version");

        Assert.True(answer.FirstErrorCode == "BAD_USER_INPUT", $"{what}: {answer.Text}");
        Assert.Equal("input.id", answer.Errors[0].FieldOf());
        Assert.Equal(1, (await _client.ReadAsync(own, "version")).Int("version"));
    }

    private static string Id(OwnReport own, string key) => $"NarrativeItem:{own.Id}:{key}";
}
