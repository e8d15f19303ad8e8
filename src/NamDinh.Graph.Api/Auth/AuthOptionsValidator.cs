using System.Text;
using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Auth;

/// <summary>Every signing key, current or previous, must be long enough for HMAC-SHA256; no key at all is allowed (no token is then accepted).</summary>
public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var checks = new SettingChecks(AuthOptions.SectionName);
        if (!string.IsNullOrEmpty(options.SigningKey))
            LongEnough(checks, options.SigningKey, checks.Setting(nameof(options.SigningKey)));
        foreach (var (id, key) in options.PreviousSigningKeys)
            LongEnough(checks, key, $"{checks.Setting(nameof(options.PreviousSigningKeys))}:{id}");
        return checks
            .NotEmpty(options.SigningKeyId)
            .NotEmpty(options.Issuer)
            .NotEmpty(options.Audience)
            .Positive(options.TokenLifetime)
            .Result;
    }

    private static void LongEnough(SettingChecks checks, string key, string setting)
    {
        var bytes = Encoding.UTF8.GetByteCount(key);
        checks.That(bytes >= AuthOptions.MinimumKeyBytes, $"{setting} is {bytes} bytes; it must be at least {AuthOptions.MinimumKeyBytes} (HMAC-SHA256).");
    }
}
