namespace NamDinh.Graph.Domain.Validation;

/// <summary>What is wrong with a value a user gave: the field, as a path ("indicator.comparisons.ratePercent"), and why.</summary>
public sealed record ValidationProblem(FieldPath Path, string Message)
{
    public string Field => Path.ToString();
}
