namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// The fields a patch clears: those its user gave as null. A patch's other null fields were left out and keep
/// what is stored. Field names are the inputs' ("planValue", "comparisons.target").
/// </summary>
internal static class Cleared
{
    /// <summary>Refuses a patch that clears a field its item always has.</summary>
    public static void RefuseUnclearable(IReadOnlyList<string>? cleared, IReadOnlyList<string> clearable, string item)
    {
        if (cleared?.FirstOrDefault(field => !clearable.Contains(field)) is { } field)
            throw new EditRefusedException(field, $"'{field}' cannot be cleared: a {item} always has it. Leave it out to keep it.");
    }

    public static bool Has(IReadOnlyList<string>? cleared, string field) => cleared?.Contains(field) == true;

    /// <summary>The field's new value: the one given, nothing when cleared, else the stored one.</summary>
    public static T? Pick<T>(IReadOnlyList<string>? cleared, string field, T? given, T? stored) where T : class =>
        given ?? (Has(cleared, field) ? null : stored);

    /// <summary>The field's new value, for a value type: the one given, nothing when cleared, else the stored one.</summary>
    public static T? PickValue<T>(IReadOnlyList<string>? cleared, string field, T? given, T? stored) where T : struct =>
        given ?? (Has(cleared, field) ? null : stored);
}
