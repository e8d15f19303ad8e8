using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Transport.Clients;

public sealed class SlowReaderOptionsValidator : IValidateOptions<SlowReaderOptions>
{
    /// <summary>Kestrel checks data rates once a second, and wants a grace period longer than that.</summary>
    private static readonly TimeSpan KestrelHeartbeat = TimeSpan.FromSeconds(1);

    public ValidateOptionsResult Validate(string? name, SlowReaderOptions options) =>
        new SettingChecks(SlowReaderOptions.SectionName)
            .AtLeast(options.MinBytesPerSecond, 0)
            .That(options.GracePeriod > KestrelHeartbeat, nameof(options.GracePeriod), $"must be longer than {KestrelHeartbeat}")
            .Positive(options.WriteTimeout)
            .Result;
}
