using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;
using NamDinh.Graph.Domain.Validation;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>No text holds control characters other than newline and tab, nor bidirectional overrides; a text of only them is empty.</summary>
public sealed class TextsHoldNoControlCharacters
{
    [Theory]
    [InlineData("Một\u0000 nhiệm vụ.")]
    [InlineData("\u001b[31mMột nhiệm vụ.")]
    [InlineData("Một \u202Eụv mệihn.")]
    [InlineData("Một\u2069 nhiệm vụ.")]
    [InlineData("Một\u009b nhiệm vụ.")]
    [InlineData("\u0000\u202E \u001b")]
    public void A_task_text_holding_one_is_refused(string text) =>
        Edits.AssertRefusedAt(Edits.Decide(TheSeed.Report, new AddNarrativeItem(NarrativeList.Tasks, Sector.PostalTelecom, "3.1", new LocalizedText(text), null)), "item.text.vi");

    [Fact]
    public void A_text_of_only_control_characters_is_empty() =>
        Assert.Equal("The text is empty.", TextRule.ProblemOf("\u0000\u001b \u202E", Limits.LongText));

    [Fact]
    public void Newlines_and_tabs_are_text() =>
        Assert.Null(TextRule.ProblemOf("Một:\n\tnhiệm vụ.", Limits.LongText));
}
