using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>
/// Behind an ingress every client comes from the proxy's address. X-Forwarded-For and X-Forwarded-Proto are taken
/// only from the proxies of <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c>
/// (CIDR ranges); none are known by default, so no client can claim another's address.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromKnownProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = services.AddSettings(configuration, TrustedProxyOptions.SectionName, new TrustedProxyOptionsValidator());
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; here only what is configured is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.KnownProxies)
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in trusted.KnownNetworks)
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }
}
