namespace NamDinh.Graph.Cli.Reports;

/// <summary>
/// GraphQL enum values (<c>POSTAL_TELECOM</c>, <c>MORE_THAN</c>) and the domain's enums (<c>PostalTelecom</c>,
/// <c>MoreThan</c>): the same names, spelt in the two conventions.
/// </summary>
public static class GraphQLEnum
{
    public static TEnum Parse<TEnum>(string value) where TEnum : struct, Enum =>
        TryParse<TEnum>(value) ?? throw new FormatException($"'{value}' is not one of {string.Join(", ", Names<TEnum>())}.");

    public static TEnum? TryParse<TEnum>(string value) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(candidate => Name(candidate!.Value) == value);

    /// <summary>The GraphQL name of a domain enum value: <c>MoreThan</c> is <c>MORE_THAN</c>.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name.Select((letter, index) => index > 0 && char.IsUpper(letter) ? "_" + letter : char.ToUpperInvariant(letter).ToString()));
    }

    public static IEnumerable<string> Names<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Name);
}
