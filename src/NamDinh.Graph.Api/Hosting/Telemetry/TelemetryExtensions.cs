using GraphQL.Telemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NamDinh.Graph.Api.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP, when Telemetry:OtlpEndpoint is set: ASP.NET Core's requests,
/// GraphQL.NET's execution (<c>UseTelemetry</c>, see <see cref="Schema.GraphQLServiceExtensions"/>), Orleans' grain
/// calls and runtime meters, the Azure SDK's storage requests, and .NET's runtime. Nothing is recorded otherwise.
/// </summary>
public static class TelemetryExtensions
{
    private static readonly string[] Traces =
    [
        GraphQLTelemetryProvider.SourceName,
        "Microsoft.Orleans.Runtime",
        "Microsoft.Orleans.Application",
        "Azure.*",
    ];

    // ASP.NET Core's own meters (hosting, Kestrel, routing, …) come with AddAspNetCoreInstrumentation.
    private static readonly string[] Meters = ["Microsoft.Orleans", "System.Net.Http"];

    public static IServiceCollection AddNamDinhTelemetry(this IServiceCollection services, TelemetryOptions options)
    {
        if (!options.Enabled)
            return services;
        // The Azure SDK writes its spans only when asked to.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        var endpoint = new Uri(options.OtlpEndpoint!);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource(Traces)
                .AddOtlpExporter(otlp => Export(otlp, endpoint, options.OtlpProtocol, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters)
                .AddOtlpExporter(otlp => Export(otlp, endpoint, options.OtlpProtocol, "v1/metrics")));
        return services;
    }

    /// <summary>Over HTTP each signal has its own path under the collector's address; over gRPC they share it.</summary>
    private static void Export(OtlpExporterOptions otlp, Uri endpoint, OtlpProtocol protocol, string signalPath)
    {
        otlp.Protocol = protocol == OtlpProtocol.Grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        otlp.Endpoint = protocol == OtlpProtocol.Grpc ? endpoint : new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/" + signalPath);
    }
}
