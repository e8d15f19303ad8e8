using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;
using NamDinh.Graph.Grains.Storage;
using Orleans.Configuration;

namespace NamDinh.Graph.Api.Tests.Cluster;

/// <summary>
/// The liveness settings the silo is given: Orleans holds back its vote against a silo it received any message from
/// within <c>MaxProbeTimeout × NumMissedProbesLimit</c> (20 s × 3 by default, which kept a frozen node a member for
/// over a minute). The suite tests/e2e/cluster/frozen.mjs measures what they do on real processes.
/// </summary>
public sealed class AFrozenSiloIsVotedDeadInSeconds
{
    [Fact]
    public void By_default_a_silo_silent_for_9_s_may_be_voted_dead_and_the_connection_liveness_check_stays_on()
    {
        var membership = new ClusterMembershipOptions();
        SiloClustering.ApplyLiveness(membership, new OrleansHostingOptions());

        Assert.Equal(TimeSpan.FromSeconds(2), membership.ProbeTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), membership.MinProbeTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), membership.MaxProbeTimeout);
        Assert.Equal(3, membership.NumMissedProbesLimit);
        Assert.True(membership.EnableConnectionLivenessCheck);
        Assert.Equal(TimeSpan.FromSeconds(9), membership.MaxProbeTimeout * membership.NumMissedProbesLimit);
    }

    [Fact]
    public void The_orleans_section_sets_them()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Orleans:ProbeTimeout"] = "00:00:01.5",
            ["Orleans:MaxProbeTimeout"] = "00:00:04",
            ["Orleans:MissedProbesLimit"] = "2",
        }).Build();
        var membership = new ClusterMembershipOptions();
        SiloClustering.ApplyLiveness(membership, configuration.ReadSettings(OrleansHostingOptions.SectionName, new OrleansHostingOptionsValidator(new StorageOptions())));

        Assert.Equal(TimeSpan.FromSeconds(1.5), membership.ProbeTimeout);
        Assert.Equal(TimeSpan.FromSeconds(4), membership.MaxProbeTimeout);
        Assert.Equal(2, membership.NumMissedProbesLimit);
    }

    [Theory]
    [InlineData("00:00:00", "00:00:03", "3", "Orleans:ProbeTimeout")]
    [InlineData("00:00:04", "00:00:03", "3", "Orleans:MaxProbeTimeout")]
    [InlineData("00:00:02", "00:00:03", "0", "Orleans:MissedProbesLimit")]
    public void Values_that_would_never_probe_or_never_vote_are_refused(string probe, string max, string missed, string setting)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Orleans:ProbeTimeout"] = probe,
            ["Orleans:MaxProbeTimeout"] = max,
            ["Orleans:MissedProbesLimit"] = missed,
        }).Build();
        var refused = Assert.Throws<OptionsValidationException>(
            () => configuration.ReadSettings(OrleansHostingOptions.SectionName, new OrleansHostingOptionsValidator(new StorageOptions())));
        Assert.StartsWith(setting + " ", refused.Message);
    }
}
