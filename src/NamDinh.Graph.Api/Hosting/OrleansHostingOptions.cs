namespace NamDinh.Graph.Api.Hosting;

/// <summary>The <c>Orleans</c> configuration section: the ports of this node's silo and of the node it joins.</summary>
public sealed class OrleansHostingOptions
{
    public const string SectionName = "Orleans";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The silo port of the node the others join, on this machine; this node's own when not set. A second node on
    /// the same machine sets it to the first node's port to join its cluster.
    /// </summary>
    public int? PrimarySiloPort { get; set; }
}
