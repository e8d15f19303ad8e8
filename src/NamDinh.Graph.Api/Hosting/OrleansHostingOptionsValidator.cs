using System.Net;
using Microsoft.Extensions.Options;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Api.Hosting;

/// <summary>
/// Refuses a silo that could not listen, could not find its membership table, or would never probe or never vote a
/// silo dead. Membership in Azure Table falls back on the storage's connection string, so that is given too.
/// </summary>
public sealed class OrleansHostingOptionsValidator(StorageOptions storage) : IValidateOptions<OrleansHostingOptions>
{
    private const int LastPort = 65535;

    public ValidateOptionsResult Validate(string? name, OrleansHostingOptions options)
    {
        var checks = new SettingChecks(OrleansHostingOptions.SectionName);
        if (options.PrimarySiloPort is { } primary)
            checks.Between(primary, 1, LastPort, nameof(options.PrimarySiloPort));
        if (options.AdvertisedAddress is { } address)
            checks.That(IPAddress.TryParse(address, out _), nameof(options.AdvertisedAddress), $"'{address}' is not an IP address");
        if (options.Membership == MembershipProvider.AzureTable)
            checks.That(!string.IsNullOrWhiteSpace(options.ConnectionString ?? storage.ConnectionString),
                "Orleans:Membership is 'AzureTable' but neither Orleans:ConnectionString nor Storage:ConnectionString is set.");
        return checks
            .Defined(options.Membership)
            .NotEmpty(options.ClusterId)
            .NotEmpty(options.ServiceId)
            .NotEmpty(options.MembershipTableName)
            .Between(options.SiloPort, 1, LastPort)
            .Between(options.GatewayPort, 1, LastPort)
            .Positive(options.ProbeTimeout)
            .That(options.MaxProbeTimeout >= options.ProbeTimeout, nameof(options.MaxProbeTimeout), $"({options.MaxProbeTimeout}) must be at least as long as Orleans:ProbeTimeout ({options.ProbeTimeout})")
            .AtLeast(options.MissedProbesLimit, 1)
            .Result;
    }
}
