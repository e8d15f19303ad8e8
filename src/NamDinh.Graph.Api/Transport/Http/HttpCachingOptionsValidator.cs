using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Transport.Http;

public sealed class HttpCachingOptionsValidator : IValidateOptions<HttpCachingOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpCachingOptions options) =>
        new SettingChecks(HttpCachingOptions.SectionName).NotEmpty(options.CacheControl).Result;
}
