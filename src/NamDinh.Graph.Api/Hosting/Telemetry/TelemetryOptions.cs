namespace NamDinh.Graph.Api.Hosting.Telemetry;

/// <summary>The <c>Telemetry</c> configuration section: where traces and metrics go. Without an endpoint none are recorded.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The OpenTelemetry collector, e.g. http://otel-collector:4318 (HTTP) or :4317 (gRPC).</summary>
    public string? OtlpEndpoint { get; set; }

    public OtlpProtocol OtlpProtocol { get; set; } = OtlpProtocol.HttpProtobuf;

    /// <summary>The service.name the traces and metrics carry.</summary>
    public string ServiceName { get; set; } = "namdinh-graph";

    public bool Enabled => !string.IsNullOrWhiteSpace(OtlpEndpoint);
}

public enum OtlpProtocol
{
    HttpProtobuf,
    Grpc,
}
