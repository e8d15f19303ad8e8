using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace NamDinh.Graph.Api.Hosting;

/// <summary>
/// A validator's checks of one configuration section, each failure naming its setting as an operator writes it:
/// <c>Limits:MaxDepth must be between 1 and 100.</c> A check is given the property itself (<c>limits.MaxDepth</c>),
/// and the setting is named after it.
/// </summary>
public sealed class SettingChecks(string section)
{
    private readonly List<string> _failures = [];

    public ValidateOptionsResult Result => _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);

    public SettingChecks Between<TValue>(TValue value, TValue least, TValue most, [CallerArgumentExpression(nameof(value))] string property = "")
        where TValue : IComparable<TValue> =>
        That(value.CompareTo(least) >= 0 && value.CompareTo(most) <= 0, property, string.Create(CultureInfo.InvariantCulture, $"must be between {least} and {most}"));

    public SettingChecks AtLeast<TValue>(TValue value, TValue least, [CallerArgumentExpression(nameof(value))] string property = "")
        where TValue : IComparable<TValue> =>
        That(value.CompareTo(least) >= 0, property, string.Create(CultureInfo.InvariantCulture, $"must be at least {least}"));

    public SettingChecks Positive(TimeSpan value, [CallerArgumentExpression(nameof(value))] string property = "") =>
        That(value > TimeSpan.Zero, property, "must be longer than zero");

    public SettingChecks NotNegative(TimeSpan value, [CallerArgumentExpression(nameof(value))] string property = "") =>
        That(value >= TimeSpan.Zero, property, "must not be negative");

    public SettingChecks NotEmpty(string? value, [CallerArgumentExpression(nameof(value))] string property = "") =>
        That(!string.IsNullOrWhiteSpace(value), property, "must not be empty");

    public SettingChecks Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string property = "") where TEnum : struct, Enum =>
        That(Enum.IsDefined(value), property, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");

    /// <summary>Fails, unless <paramref name="holds"/>, with "Section:Property " and <paramref name="rule"/>.</summary>
    public SettingChecks That(bool holds, string property, string rule) => That(holds, $"{Setting(property)} {rule}.");

    /// <summary>Fails, unless <paramref name="holds"/>, with <paramref name="failure"/> as it is; it names its settings itself.</summary>
    public SettingChecks That(bool holds, string failure)
    {
        if (!holds)
            _failures.Add(failure);
        return this;
    }

    /// <summary>The setting of a property: <c>limits.MaxDepth</c> in section Limits is <c>Limits:MaxDepth</c>.</summary>
    public string Setting(string property) => $"{section}:{property[(property.LastIndexOf('.') + 1)..]}";
}
