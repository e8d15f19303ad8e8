using System.Net;
using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Transport.Clients;

public sealed class TrustedProxyOptionsValidator : IValidateOptions<TrustedProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustedProxyOptions options)
    {
        var checks = new SettingChecks(TrustedProxyOptions.SectionName);
        for (var index = 0; index < options.KnownProxies.Length; index++)
            checks.That(IPAddress.TryParse(options.KnownProxies[index], out _), $"{nameof(options.KnownProxies)}:{index}", $"'{options.KnownProxies[index]}' is not an IP address");
        for (var index = 0; index < options.KnownNetworks.Length; index++)
            checks.That(IPNetwork.TryParse(options.KnownNetworks[index], out _), $"{nameof(options.KnownNetworks)}:{index}", $"'{options.KnownNetworks[index]}' is not a CIDR range such as 10.244.0.0/16");
        return checks.Result;
    }
}
