using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Execution;

/// <summary>A folder named but missing would register nothing without a word; with Required set every request would be refused.</summary>
public sealed class PersistedOperationOptionsValidator : IValidateOptions<PersistedOperationOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistedOperationOptions options) =>
        new SettingChecks(PersistedOperationOptions.SectionName)
            .That(options.Folder is null || Directory.Exists(options.Folder), nameof(options.Folder), $"'{options.Folder}' is not a folder")
            .Result;
}
