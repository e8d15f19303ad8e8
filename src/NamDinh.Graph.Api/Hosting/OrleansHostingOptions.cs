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

    /// <summary>
    /// How long a liveness probe to another silo waits at first (Orleans' <c>ProbeTimeout</c>, 5 s by default). Orleans
    /// then adapts it to the answers it sees, between half of it and <see cref="MaxProbeTimeout"/>. 2 s: a probe is
    /// answered in milliseconds on a healthy node and in well under a second on a busy one.
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest a probe may wait, however slow the answers have been (Orleans' <c>MaxProbeTimeout</c>, four times
    /// <see cref="ProbeTimeout"/> by default). Times <see cref="MissedProbesLimit"/> it is also how long Orleans holds
    /// back its vote against a silo it received any message from (its connection liveness check): a node that still
    /// answers, however late, is never voted dead, and a frozen one is voted dead that long after its last message.
    /// Orleans' defaults make that 20 s × 3 = 60 s, which left a frozen node in the cluster for over a minute; 3 s × 3
    /// = 9 s declares it dead within about 12 s, while a node that answers at least every few seconds stays.
    /// </summary>
    public TimeSpan MaxProbeTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many probes in a row a silo may miss before another votes it dead (Orleans' <c>NumMissedProbesLimit</c>).</summary>
    public int MissedProbesLimit { get; set; } = 3;
}

public enum MembershipProvider
{
    Localhost,
    AzureTable,
}
