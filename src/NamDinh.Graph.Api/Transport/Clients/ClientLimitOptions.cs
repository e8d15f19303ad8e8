namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>
/// The <c>RateLimit</c> configuration section: how much of the server one client (<see cref="ClientKey"/>) may use
/// at the GraphQL path. The defaults are far above what a real front-end sends (the benchmark's 32 connections and
/// the fuzz run's 8 stay below them); they stop a runaway client, not a busy one.
/// </summary>
public sealed class ClientLimitOptions
{
    public const string SectionName = "RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client may send each <see cref="Period"/> on average; more are answered 429 RATE_LIMITED with Retry-After.</summary>
    public int Requests { get; set; } = 100_000;

    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many requests one client may send in a burst, its unused allowance saved up; at least <see cref="Requests"/>.</summary>
    public int Burst { get; set; } = 100_000;

    /// <summary>Requests of one client being answered at once (WebSockets aside, which have their own cap); more are 429 TOO_MANY_CONCURRENT_REQUESTS.</summary>
    public int MaxConcurrentRequests { get; set; } = 256;
}
