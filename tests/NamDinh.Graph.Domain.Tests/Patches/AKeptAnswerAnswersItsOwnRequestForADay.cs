using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests.Patches;

/// <summary>
/// A <see cref="KeptAnswer"/> answers the request it was kept for, whatever key it is sent under, for 24 hours, and
/// no other request.
/// </summary>
public sealed class AKeptAnswerAnswersItsOwnRequestForADay
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private static readonly EditRequest Request =
        new(new SetIndicator(new FigurePatch("postal.revenue", Value: 131)), 1, "domain-tests", "final figure", IdempotencyKey: "k1");

    private static KeptAnswer Kept() => KeptAnswer.Of(Request, ReportEditor.Decide(TheSeed.Report, TheSeed.Report.Key, Request, null), At);

    [Fact]
    public void TheSameRequestIsAnsweredAndItsVersionKept()
    {
        var kept = Kept();

        Assert.True(kept.Answers(Request with { }));
        Assert.Equal(2, kept.Version);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("reason")]
    [InlineData("by")]
    [InlineData("expectedVersion")]
    public void ARequestThatDiffersInAnythingIsNotAnswered(string differs)
    {
        var other = differs switch
        {
            "value" => Request with { Edit = new SetIndicator(new FigurePatch("postal.revenue", Value: 132)) },
            "reason" => Request with { Reason = "another reason" },
            "by" => Request with { By = "someone else" },
            _ => Request with { ExpectedVersion = 2 },
        };

        Assert.False(Kept().Answers(other));
    }

    [Fact]
    public void AnAnswerIsKeptForADayAndNoLonger()
    {
        var kept = Kept();

        Assert.True(kept.IsKeptAt(At + TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1)));
        Assert.False(kept.IsKeptAt(At + TimeSpan.FromHours(24)));
    }
}
