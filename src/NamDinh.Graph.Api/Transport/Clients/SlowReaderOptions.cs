using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>
/// The <c>SlowReaders</c> configuration section: a client that stops reading its answer is cut off, so that the
/// answer waiting for it does not hold the server's memory. Every answer, event and WebSocket message goes out within
/// <see cref="WriteTimeout"/> a piece (<see cref="ClientWrites"/>); HTTP answers and event streams also go through
/// Kestrel's minimum response data rate.
/// </summary>
public sealed class SlowReaderOptions
{
    public const string SectionName = "SlowReaders";

    /// <summary>The slowest a client may read an answer, averaged once <see cref="GracePeriod"/> has passed.</summary>
    public double MinBytesPerSecond { get; set; } = 240;

    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one WebSocket message, or 64 KiB of an HTTP answer or event stream, may take to go out before the connection is dropped.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(15);
}

public static class SlowReaders
{
    /// <summary>Kestrel's minimum response data rate from the <see cref="SlowReaderOptions"/> the transports registered.</summary>
    public static IServiceCollection CutOffSlowReaders(this IServiceCollection services) =>
        services.AddOptions<KestrelServerOptions>()
            .Configure<SlowReaderOptions>((kestrel, options) => kestrel.Limits.MinResponseDataRate = new MinDataRate(options.MinBytesPerSecond, options.GracePeriod))
            .Services;
}
