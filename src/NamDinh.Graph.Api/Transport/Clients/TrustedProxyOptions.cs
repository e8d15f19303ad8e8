namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>The <c>ForwardedHeaders</c> configuration section: the proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
public sealed class TrustedProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>The proxies' addresses ("10.0.0.5").</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>The proxies' networks, as CIDR ranges ("10.244.0.0/16").</summary>
    public string[] KnownNetworks { get; set; } = [];
}
