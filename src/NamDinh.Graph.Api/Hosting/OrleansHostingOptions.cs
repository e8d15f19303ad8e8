namespace NamDinh.Graph.Api.Hosting;

/// <summary>The <c>Orleans</c> configuration section: how this node's silo finds the others, and on which ports.</summary>
public sealed class OrleansHostingOptions
{
    public const string SectionName = "Orleans";

    /// <summary>Localhost (one machine, the default) or AzureTable (a cluster whose membership is kept in Azure Table Storage).</summary>
    public MembershipProvider Membership { get; set; } = MembershipProvider.Localhost;

    /// <summary>The cluster this node joins: nodes with the same id and membership table form one cluster.</summary>
    public string ClusterId { get; set; } = "namdinh-graph";

    /// <summary>
    /// The service the cluster runs; must stay the same across deployments, as Orleans keys stored grain state (the
    /// catalog, the aggregates) by it. "dev" is what the first versions stored under, so their stores read on.
    /// </summary>
    public string ServiceId { get; set; } = "dev";

    /// <summary>The storage account of the membership table; Storage:ConnectionString when not set.</summary>
    public string? ConnectionString { get; set; }

    public string MembershipTableName { get; set; } = "NamDinhGraphMembership";

    /// <summary>The IP address the other silos reach this one at; Orleans picks one of the machine's when not set.</summary>
    public string? AdvertisedAddress { get; set; }

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Localhost clustering only: the silo port of the node the others join, on this machine; this node's own when
    /// not set. A second node on the same machine sets it to the first node's port to join its cluster.
    /// </summary>
    public int? PrimarySiloPort { get; set; }

    /// <summary>
    /// In a Kubernetes pod: the pod's name, namespace and IP, and the cluster and service ids come from the
    /// environment the manifests set, and silos of pods that are gone are declared dead at once.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>Serves the Orleans dashboard at <c>/admin/orleans</c>, to admins only.</summary>
    public bool Dashboard { get; set; }
}

public enum MembershipProvider
{
    Localhost,
    AzureTable,
}
