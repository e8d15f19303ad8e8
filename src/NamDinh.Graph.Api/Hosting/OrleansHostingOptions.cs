namespace NamDinh.Graph.Api.Hosting;

/// <summary>The <c>Orleans</c> configuration section: the ports of this node's silo.</summary>
public sealed class OrleansHostingOptions
{
    public const string SectionName = "Orleans";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;
}
