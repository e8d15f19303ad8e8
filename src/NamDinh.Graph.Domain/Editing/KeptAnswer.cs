using System.Security.Cryptography;
using System.Text.Json;
using NamDinh.Graph.Domain.Findings;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// What a change made under an idempotency key answered, kept with the report for <see cref="KeptFor"/>: the key, a
/// digest of the request it named, the version the change made, when, and the findings its answer told of. A retry
/// with the key and the same request is answered from it; the key with another request is refused.
/// </summary>
public sealed record KeptAnswer(
    string IdempotencyKey,
    string RequestDigest,
    long Version,
    DateTimeOffset At,
    IReadOnlyList<Finding> FindingsRaised,
    IReadOnlyList<Finding> FindingsCleared,
    IReadOnlyList<ImplausibleChange> Implausible)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>The longest idempotency key taken.</summary>
    public const int LongestKey = 200;

    public static KeptAnswer Of(EditRequest request, EditResult result, DateTimeOffset at) => new(
        request.IdempotencyKey ?? throw new ArgumentException("The request has no idempotency key.", nameof(request)),
        DigestOf(request), result.CurrentVersion, at, result.FindingsRaised, result.FindingsCleared, result.Implausible ?? []);

    public bool IsKeptAt(DateTimeOffset now) => now - At < KeptFor;

    /// <summary>Whether <paramref name="request"/> is the one this answer was for: the same change, by the same user, for the same reason.</summary>
    public bool Answers(EditRequest request) => RequestDigest == DigestOf(request);

    /// <summary>The answer again, with what the change touched (<paramref name="revision"/>) and the report as it is now.</summary>
    public EditResult Replay(Revision revision, Report? current) =>
        new(EditStatus.Applied, current, Version, revision.Entries, [], FindingsRaised, FindingsCleared, Implausible, Replayed: true);

    private static string DigestOf(EditRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request with { IdempotencyKey = null }, ReportJson.Options)));
}
