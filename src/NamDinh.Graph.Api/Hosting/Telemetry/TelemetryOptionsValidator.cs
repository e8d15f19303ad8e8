using Microsoft.Extensions.Options;

namespace NamDinh.Graph.Api.Hosting.Telemetry;

public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var checks = new SettingChecks(TelemetryOptions.SectionName);
        if (options.Enabled)
            checks.That(Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out _), nameof(options.OtlpEndpoint), $"'{options.OtlpEndpoint}' is not an absolute URL such as http://otel-collector:4318");
        return checks
            .Defined(options.OtlpProtocol)
            .NotEmpty(options.ServiceName)
            .Result;
    }
}
