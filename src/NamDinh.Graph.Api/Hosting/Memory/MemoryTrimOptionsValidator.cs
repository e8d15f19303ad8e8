using Microsoft.Extensions.Options;

namespace NamDinh.Graph.Api.Hosting.Memory;

public sealed class MemoryTrimOptionsValidator : IValidateOptions<MemoryTrimOptions>
{
    public ValidateOptionsResult Validate(string? name, MemoryTrimOptions options) =>
        new SettingChecks(MemoryTrimOptions.SectionName)
            .Positive(options.Every)
            .AtLeast(options.IdleAllocationBytes, 0)
            .AtLeast(options.WorkSinceTrimBytes, 0)
            .AtLeast(options.WorthReturningBytes, 0)
            .AtLeast(options.BurstBytes, 0)
            .Result;
}
