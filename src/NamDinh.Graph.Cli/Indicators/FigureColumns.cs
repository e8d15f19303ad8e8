namespace NamDinh.Graph.Cli.Indicators;

/// <summary>
/// The columns of a figures CSV, as export-report writes them and import-indicators reads them. Only
/// <see cref="Code"/> and <see cref="Value"/> are required; an empty cell or a missing column keeps what the
/// report has. <see cref="BaseValue"/> and <see cref="ValueAsWritten"/> are written for reading and ignored on import.
/// </summary>
public static class FigureColumns
{
    public const string Code = "code";
    public const string Value = "value";
    public const string Multiplier = "multiplier";
    public const string Unit = "unit";
    public const string Status = "status";
    public const string Qualifier = "qualifier";
    public const string PeriodYear = "periodYear";
    public const string FromMonth = "fromMonth";
    public const string ToMonth = "toMonth";
    public const string BaseValue = "baseValue";
    public const string ValueAsWritten = "valueAsWritten";

    /// <summary>The columns in the order export-report writes them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Code, Value, Multiplier, Unit, Status, Qualifier, PeriodYear, FromMonth, ToMonth, BaseValue, ValueAsWritten];

    public static IReadOnlyList<string> Required { get; } = [Code, Value];

    /// <summary>Columns import-indicators accepts but does not read: they follow from the others.</summary>
    public static IReadOnlyList<string> ReadOnly { get; } = [BaseValue, ValueAsWritten];
}
