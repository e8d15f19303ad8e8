using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>Values the rate limiter would refuse only at the first request; a burst below the rate is raised to it, so any is accepted.</summary>
public sealed class ClientLimitOptionsValidator : IValidateOptions<ClientLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, ClientLimitOptions options) =>
        new SettingChecks(ClientLimitOptions.SectionName)
            .AtLeast(options.Requests, 1)
            .Positive(options.Period)
            .AtLeast(options.MaxConcurrentRequests, 1)
            .Result;
}
