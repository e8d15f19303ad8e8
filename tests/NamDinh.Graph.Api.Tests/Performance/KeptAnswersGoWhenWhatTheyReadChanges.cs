using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Reports;

namespace NamDinh.Graph.Api.Tests.Performance;

/// <summary>
/// The response cache on its own, on a clock of the test's: an answer is given again only while nothing it read has
/// changed, as changes reach the node's feed; only what it read goes; what cannot be known is not kept; an answer that
/// read an aggregate waits out the aggregates' patience after a change of their year; the bytes are bounded.
/// </summary>
public sealed class KeptAnswersGoWhenWhatTheyReadChanges : IDisposable
{
    private static readonly ReportKey NamDinh = new("36", 2021);
    private static readonly ReportKey HaNam = new("35", 2021);
    private readonly FakeTimeProvider _clock = new();
    private readonly ChangeFeed _feed;
    private readonly DocumentCache _documents = new(new RequestLimits());
    private readonly ResponseCache _cache;

    public KeptAnswersGoWhenWhatTheyReadChanges()
    {
        _feed = new ChangeFeed(null!, _clock, NullLogger<ChangeFeed>.Instance);
        _cache = new ResponseCache(new RequestLimits(), _documents, new OperationAccess(new AuthOptions()), new PersistedOperationOptions(), _feed, _clock);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _documents.Dispose();
    }

    [Fact]
    public void An_answer_is_given_again_until_a_change_of_the_report_it_read_reaches_the_feed()
    {
        Keep("q", ReadReport(NamDinh));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var before = _cache.Find("q");

        _feed.Receive(ChangeOf(NamDinh, 2));

        Assert.NotNull(before);
        Assert.Null(_cache.Find("q"));
    }

    [Fact]
    public void A_change_of_another_report_forgets_nothing_that_did_not_read_it()
    {
        Keep("q", ReadReport(NamDinh));
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        _feed.Receive(ChangeOf(HaNam, 2));

        Assert.NotNull(_cache.Find("q"));
    }

    [Fact]
    public void An_answer_computed_across_a_change_of_what_it_read_is_not_kept()
    {
        var began = _cache.Now;
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        _cache.Forget(NamDinh);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        _cache.Add("q", [1], null, began, ReadReport(NamDinh));

        Assert.Null(_cache.Find("q"));
    }

    [Fact]
    public void An_answer_that_read_a_report_whose_version_is_not_known_is_not_kept()
    {
        var reads = ReadReport(NamDinh);
        reads.NotRecorded();

        Keep("q", reads);

        Assert.Null(_cache.Find("q"));
    }

    [Fact]
    public void An_answer_that_read_an_aggregate_is_kept_only_once_the_aggregates_had_time_to_take_a_change_of_its_year()
    {
        _feed.Receive(ChangeOf(HaNam, 2));
        _clock.Advance(ReportGrain.AggregatePatience / 2);
        Keep("soon", ReadSector(2021));
        Keep("other year", ReadSector(2020));
        _clock.Advance(ReportGrain.AggregatePatience);
        Keep("later", ReadSector(2021));
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Null(_cache.Find("soon"));
        Assert.NotNull(_cache.Find("other year"));
        Assert.NotNull(_cache.Find("later"));
    }

    [Fact]
    public void A_change_of_any_report_forgets_what_read_the_catalog()
    {
        var reads = new WhatWasRead();
        reads.Catalog([NamDinh]);
        Keep("list", reads);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var before = _cache.Find("list");

        _feed.Receive(ChangeOf(new ReportKey("01", 2024), 1));

        Assert.NotNull(before);
        Assert.Null(_cache.Find("list"));
    }

    [Fact]
    public void An_answer_that_took_longer_than_the_keep_time_is_not_kept()
    {
        var began = _cache.Now;
        _clock.Advance(TimeSpan.FromSeconds(RequestLimits.DefaultResponseCacheSeconds));

        _cache.Add("q", [1], null, began, ReadReport(NamDinh));

        Assert.Null(_cache.Find("q"));
    }

    [Fact]
    public void The_answers_kept_take_at_most_the_budget_of_bytes()
    {
        var answer = new byte[1024 * 1024];
        for (var each = 0; each < 100; each++)
            _cache.Add($"q{each}", answer, null, _cache.Now, ReadReport(NamDinh));

        Assert.InRange(_cache.Size, 1, ResponseCache.Budget);
        Assert.InRange(_cache.Count, 1, 64);
    }

    private void Keep(string key, WhatWasRead reads) => _cache.Add(key, [1, 2, 3], null, _cache.Now, reads);

    private static WhatWasRead ReadReport(ReportKey key)
    {
        var reads = new WhatWasRead();
        reads.Report(key, null);
        return reads;
    }

    private static WhatWasRead ReadSector(int year)
    {
        var reads = new WhatWasRead();
        reads.SectorFigures(new SectorYear(Sector.PostalTelecom, year), new ProvinceAggregate<IndicatorValue>([]));
        return reads;
    }

    private static ReportChange ChangeOf(ReportKey key, long version) =>
        new(key, new Revision(version, DateTimeOffset.UnixEpoch, "test", null, "setIndicator", []));
}
