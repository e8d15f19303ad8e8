using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace NamDinh.Graph.Grains.Storage;

/// <summary>
/// Refuses settings that do not name a usable storage, with a message an operator can act on: a silo never guesses
/// where reports are kept.
/// </summary>
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => options.Provider switch
    {
        null => ValidateOptionsResult.Fail(
            "Storage:Provider is not set. Set it to 'AzureTable' (with Storage:ConnectionString) for durable storage, or to 'Memory' to keep everything in memory on purpose."),
        StorageProvider.AzureTable when string.IsNullOrWhiteSpace(options.ConnectionString) => ValidateOptionsResult.Fail(
            "Storage:Provider is 'AzureTable' but Storage:ConnectionString is empty. Use 'UseDevelopmentStorage=true' for a local Azurite."),
        // The reports' table is this name and "Reports"; Azure allows 3 to 63 letters and digits, a letter first.
        StorageProvider.AzureTable when !TableName().IsMatch(options.TableName) => ValidateOptionsResult.Fail(
            $"Storage:TableName '{options.TableName}' must be 3 to 56 letters and digits, starting with a letter."),
        StorageProvider.AzureTable or StorageProvider.Memory => ValidateOptionsResult.Success,
        _ => ValidateOptionsResult.Fail("Storage:Provider must be one of AzureTable, Memory."),
    };

    /// <summary>Throws <see cref="OptionsValidationException"/>, naming the setting to fix, unless <paramref name="options"/> are valid.</summary>
    public static StorageOptions Check(StorageOptions options)
    {
        if (new StorageOptionsValidator().Validate(Options.DefaultName, options) is { Failed: true } result)
            throw new OptionsValidationException(Options.DefaultName, typeof(StorageOptions), result.Failures);
        return options;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,55}$")]
    private static partial Regex TableName();
}
