using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// Tasks (section 3) and priorities (section 6) are lists a client edits item by item, naming each by its key in the
/// report as scripts do (tests of ids show the same with the item's id). An added item gets a fresh key and, unless the client names one, the section of its sector in the ministry's template; each section stays
/// numbered 1, 2, 3… through every addition, move and removal, and other sections are left alone.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TasksAndPrioritiesAreAddedChangedAndRemoved(ApiFactory api)
{
    private const string Item = "key sector section position text textEn: text(lang: EN)";

    private readonly GraphQLClient _client = new(api.CreateClient());

    public static TheoryData<string, string, string> Lists => new()
    {
        { "Task", "tasks", "3" },
        { "Priority", "priorities", "6" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task An_added_item_gets_a_key_its_sectors_section_and_the_place_asked_for(string noun, string list, string part)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var before = await ItemsAsync(own, list);
        var section = $"{part}.2";
        var sectionBefore = InSection(before, section);

        var payload = await _client.MutateAsync($"add{noun}", own.Input(new
        {
            sector = "INFORMATION_TECHNOLOGY",
            text = "Triển khai nền tảng số dùng chung.",
            textEn = "Rolled out a shared digital platform.",
            position = 2,
            reason = "Missed in the first draft.",
        }), ReportRequests.PayloadFields + $" item {{ {Item} }}");

        Assert.True(payload["applied"]!.GetValue<bool>());
        Assert.Equal(2, payload.Int("version"));
        var item = payload["item"]!;
        var expectedId = $"{(noun == "Task" ? "task" : "priority")}-{section}-{sectionBefore.Count + 1:00}";
        Assert.Equal(expectedId, item.Text("key"));
        Assert.Equal("INFORMATION_TECHNOLOGY", item.Text("sector"));
        Assert.Equal(section, item.Text("section"));
        Assert.Equal(2, item.Int("position"));
        Assert.Equal("Triển khai nền tảng số dùng chung.", item.Text("text"));
        Assert.Equal("Rolled out a shared digital platform.", item.Text("textEn"));
        var added = Assert.Single(payload.Array("changes"), change => change!["oldValue"] is null);
        Assert.Equal(list, added.Text("part"));
        Assert.Equal(expectedId, added.Text("key"));

        var after = await ItemsAsync(own, list);
        var sectionAfter = InSection(after, section);
        var idsBefore = sectionBefore.Select(Id).ToList();
        string[] expectedOrder = [idsBefore[0], expectedId, .. idsBefore.Skip(1)];
        Assert.Equal(expectedOrder, sectionAfter.Select(Id));
        Assert.Equal(Enumerable.Range(1, sectionAfter.Count), sectionAfter.Select(other => other.Int("position")));
        Assert.Equal(Others(before, section), Others(after, section));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Without_a_position_an_item_goes_last_and_without_a_section_into_its_sectors(string noun, string list, string part)
    {
        var own = OwnReport.Next();
        await _client.CreateAsync(own);

        var general = await _client.MutateAsync($"add{noun}", own.Input(new { sector = "GENERAL", text = "Chung." }), $"item {{ {Item} }}");
        var first = await _client.MutateAsync($"add{noun}", own.Input(new { sector = "INSPECTION", text = "Một." }), $"item {{ {Item} }}");
        var second = await _client.MutateAsync($"add{noun}", own.Input(new { sector = "INSPECTION", text = "Hai." }), $"item {{ {Item} }}");
        var elsewhere = await _client.MutateAsync($"add{noun}", own.Input(new { sector = "INSPECTION", section = $"{part}.9", text = "Khác." }), $"item {{ {Item} }}");

        Assert.Equal(part, general["item"].Text("section"));
        Assert.Equal($"{part}.4", first["item"].Text("section"));
        Assert.Equal(1, first["item"].Int("position"));
        Assert.Equal($"{part}.4", second["item"].Text("section"));
        Assert.Equal(2, second["item"].Int("position"));
        Assert.Null(second["item"]!["textEn"]);
        Assert.Equal($"{part}.9", elsewhere["item"].Text("section"));
        Assert.Equal(1, elsewhere["item"].Int("position"));
        var items = await ItemsAsync(own, list);
        Assert.Equal(new[] { "Chung.", "Một.", "Hai.", "Khác." }, items.Select(item => item.Text("text")));
        Assert.Equal(4, items.Select(Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task An_updated_item_keeps_its_key_and_moves_within_its_section(string noun, string list, string part)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var section = $"{part}.1";
        var before = await ItemsAsync(own, list);
        var ids = InSection(before, section).Select(Id).ToList();
        var moved = ids[0];

        var payload = await _client.MutateAsync($"update{noun}", own.Input(new
        {
            id = moved,
            text = "Nội dung đã sửa.",
            position = 3,
            expectedVersion = 1,
        }), ReportRequests.PayloadFields + $" item {{ {Item} }}");

        Assert.Equal(2, payload.Int("version"));
        var item = payload["item"]!;
        Assert.Equal(moved, item.Text("key"));
        Assert.Equal("Nội dung đã sửa.", item.Text("text"));
        Assert.Equal(before.Single(other => Id(other) == moved).Text("textEn"), item.Text("textEn"));
        Assert.Equal(3, item.Int("position"));
        Assert.Equal(section, item.Text("section"));
        Assert.Contains(payload.Array("changes"), change => change.Text("key") == moved && change.Text("newValue").Contains("Nội dung đã sửa."));

        var after = await ItemsAsync(own, list);
        var sectionAfter = InSection(after, section);
        string[] expectedOrder = [ids[1], ids[2], moved, .. ids.Skip(3)];
        Assert.Equal(expectedOrder, sectionAfter.Select(Id));
        Assert.Equal(Enumerable.Range(1, ids.Count), sectionAfter.Select(other => other.Int("position")));
        Assert.Equal(Others(before, section), Others(after, section));

        var translated = await _client.MutateAsync($"update{noun}", own.Input(new { id = moved, textEn = "Corrected.", sector = "INSPECTION" }), $"version item {{ {Item} }}");
        Assert.Equal(3, translated.Int("version"));
        Assert.Equal("Nội dung đã sửa.", translated["item"].Text("text"));
        Assert.Equal("Corrected.", translated["item"].Text("textEn"));
        Assert.Equal("INSPECTION", translated["item"].Text("sector"));
        Assert.Equal(3, translated["item"].Int("position"));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_removed_item_is_gone_and_its_section_closes_up(string noun, string list, string part)
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        var section = $"{part}.1";
        var before = await ItemsAsync(own, list);
        var ids = InSection(before, section).Select(Id).ToList();

        var payload = await _client.MutateAsync($"remove{noun}", own.Input(new { id = ids[1] }),
            ReportRequests.PayloadFields + " removedKey removedId report { version }");

        Assert.True(payload["applied"]!.GetValue<bool>());
        Assert.Equal(ids[1], payload.Text("removedKey"));
        Assert.Equal($"NarrativeItem:{own.Key}:{ids[1]}", payload.Text("removedId"));
        Assert.Equal(2, payload.Int("version"));
        Assert.Equal(2, payload["report"].Int("version"));
        var removed = Assert.Single(payload.Array("changes"), change => change!["newValue"] is null);
        Assert.Equal(ids[1], removed.Text("key"));
        Assert.Equal(list, removed.Text("part"));

        var after = await ItemsAsync(own, list);
        var sectionAfter = InSection(after, section);
        Assert.Equal(ids.Where(id => id != ids[1]), sectionAfter.Select(Id));
        Assert.Equal(Enumerable.Range(1, ids.Count - 1), sectionAfter.Select(other => other.Int("position")));
        Assert.Equal(Others(before, section), Others(after, section));

        // The next item added to the section gets a key no item of the list has.
        var added = await _client.MutateAsync($"add{noun}", own.Input(new { sector = "POSTAL_TELECOM", text = "Mới." }), $"item {{ {Item} }}");
        Assert.DoesNotContain(added["item"].Text("key"), before.Select(Id));
        Assert.Equal(ids.Count, added["item"].Int("position"));
    }

    private async Task<List<JsonNode>> ItemsAsync(OwnReport own, string list) =>
        (await _client.ReadAsync(own, $"{list} {{ {Item} }}")).Array(list).Select(item => item!).ToList();

    private static List<JsonNode> InSection(List<JsonNode> items, string section) =>
        items.Where(item => item.Text("section") == section).ToList();

    private static string Id(JsonNode item) => item.Text("key");

    private static List<string> Others(List<JsonNode> items, string section) =>
        items.Where(item => item.Text("section") != section).Select(item => item.ToJsonString()).ToList();
}
