using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NamDinh.Graph.Api.Tests.Cluster;

/// <summary>
/// One node of a cluster: the real Program, with its own silo and HTTP host, on in-memory storage. A node given
/// <paramref name="primarySiloPort"/> joins the cluster of the node listening there (localhost clustering), as a
/// second server on the same machine does with <c>Orleans:PrimarySiloPort</c>. <paramref name="configure"/>, when given,
/// changes the node's settings or services further.
/// </summary>
public sealed class ClusterNode(string name, int siloPort, int gatewayPort, int? primarySiloPort, Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    private HttpClient? _http;

    public string Name => name;

    public int SiloPort => siloPort;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public GraphQLClient GraphQL => new(Http);

    /// <summary>Opens a graphql-transport-ws connection to this node's /graphql as an admin, acknowledged and ready to subscribe.</summary>
    public Task<GraphQLSocket> ConnectAsync() => GraphQLSocket.ConnectAsync(Server, GraphQLSocket.WithToken(ApiFactory.AdminToken));

    /// <summary>The subscriptions this node holds now, as GET /status tells an admin.</summary>
    public async Task<int> ActiveSubscriptionsAsync()
    {
        var status = await Http.AdminStatusAsync();
        return status["activeSubscriptions"]?.GetValue<int>() ?? throw new InvalidOperationException($"/status has no activeSubscriptions: {status.ToJsonString()}");
    }

    /// <summary>Waits until this node holds exactly <paramref name="count"/> subscriptions; fails after the timeout.</summary>
    public Task WaitForSubscriptionsAsync(int count) =>
        Wait.UntilAsync(async () => await ActiveSubscriptionsAsync() == count, Wait.Short,
            async () => $"node {name} holds {await ActiveSubscriptionsAsync()} subscriptions, not {count}");

    private HttpClient Http => _http ??= CreateClient();

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiFactory.AdminToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("Auth:SigningKey", ApiFactory.SigningKey);
        builder.UseSetting("Orleans:SiloPort", siloPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", gatewayPort.ToString(CultureInfo.InvariantCulture));
        if (primarySiloPort is { } primary)
            builder.UseSetting("Orleans:PrimarySiloPort", primary.ToString(CultureInfo.InvariantCulture));
        configure?.Invoke(builder);
    }

    public override string ToString() => $"node {name}";
}
