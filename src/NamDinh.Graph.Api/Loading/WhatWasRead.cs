using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Loading;

/// <summary>
/// What one execution read, each source with the version it was read at: a report by its version, an aggregate by the
/// report version of every province's part, the catalog by the reports it lists. Two executions that read the same
/// sources at the same versions give the same answer to the same request, which is what an HTTP ETag needs
/// (<see cref="Transport.Http.GetCaching"/>). A read that goes around the loaders (a report's past, its history, the
/// catalog's changes) makes the record incomplete. An aggregate's versions are put into one text only when
/// <see cref="Fingerprint"/> asks, so recording costs a request little when no ETag is made from it.
/// </summary>
public sealed class WhatWasRead
{
    private static readonly AsyncLocal<WhatWasRead?> OfThisExecution = new();
    private readonly ConcurrentDictionary<ReadSource, Func<string>> _versions = new();

    /// <summary>The record of the execution running in this async flow, if one is kept.</summary>
    public static WhatWasRead? Current => OfThisExecution.Value;

    /// <summary>Keeps the reads of the execution that runs in this async flow from now on, until disposed.</summary>
    public static IDisposable Record(WhatWasRead reads)
    {
        OfThisExecution.Value = reads;
        return new Stop();
    }

    /// <summary>Whether every read went through the loaders, so the record says all the answer depends on.</summary>
    public bool IsComplete { get; private set; } = true;

    public IReadOnlyCollection<ReadSource> Sources => [.. _versions.Keys];

    /// <summary>Something was read that is not recorded: the answer gets no ETag.</summary>
    public void NotRecorded() => IsComplete = false;

    public void Report(ReportKey key, Report? report)
    {
        var version = report?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
        _versions[new ReadSource(ReadSourceKind.Report, key.ToString())] = () => version;
    }

    public void SectorFigures<T>(SectorYear key, ProvinceAggregate<T> aggregate) => _versions[new ReadSource(ReadSourceKind.SectorFigures, key.ToString())] = () => VersionsOf(aggregate);

    public void YearRankings<T>(int year, ProvinceAggregate<T> aggregate) => _versions[new ReadSource(ReadSourceKind.YearRankings, year.ToString(System.Globalization.CultureInfo.InvariantCulture))] = () => VersionsOf(aggregate);

    public void Catalog(IReadOnlyList<ReportKey> keys) => _versions[new ReadSource(ReadSourceKind.Catalog, "")] = () => HashOf(string.Join(',', keys));

    /// <summary>One text for the sources and their versions, the same whatever order they were read in.</summary>
    public string Fingerprint() =>
        HashOf(string.Join('\n', _versions.OrderBy(each => each.Key.Kind).ThenBy(each => each.Key.Key, StringComparer.Ordinal).Select(each => $"{each.Key.Kind}:{each.Key.Key}@{each.Value()}")));

    private static string VersionsOf<T>(ProvinceAggregate<T> aggregate) =>
        HashOf(string.Join(',', aggregate.Contributions.Select(part => $"{part.ProvinceCode}@{part.ReportVersion}")));

    private static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    private sealed class Stop : IDisposable
    {
        public void Dispose() => OfThisExecution.Value = null;
    }
}

public enum ReadSourceKind
{
    Report,
    SectorFigures,
    YearRankings,
    Catalog,
}

/// <summary>One grain an execution read: a report, a sector-year's figures, a year's rankings, or the catalog.</summary>
public sealed record ReadSource(ReadSourceKind Kind, string Key);
