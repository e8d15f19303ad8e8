using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>Refuses limits that would refuse every request or bound nothing. 0 is allowed where it means "none" (aliases, caches) or "at once" (the timeout, for tests).</summary>
public sealed class RequestLimitsValidator : IValidateOptions<RequestLimits>
{
    public ValidateOptionsResult Validate(string? name, RequestLimits limits) =>
        new SettingChecks(RequestLimits.SectionName)
            .AtLeast(limits.MaxRequestBytes, 1)
            .AtLeast(limits.MaxBatchSize, 1)
            .AtLeast(limits.MaxTokens, 1)
            .AtLeast(limits.MaxSelections, 1)
            .Between(limits.MaxDepth, 1, 100)
            .AtLeast(limits.MaxComplexity, 1)
            .AtLeast(limits.MaxReportsListed, 1)
            .AtLeast(limits.MaxResponseBytes, 1)
            .NotNegative(limits.ExecutionTimeout)
            .AtLeast(limits.MaxAliases, 0)
            .AtLeast(limits.MaxRootFields, 1)
            .AtLeast(limits.MaxPageSize, 1)
            .AtLeast(limits.CachedDocuments, 0)
            .AtLeast(limits.ResponseCacheSeconds, 0)
            .Result;
}
