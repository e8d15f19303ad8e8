namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>The queries issue 17's probe sent: every report, with every figure's fields.</summary>
public static class Amplification
{
    public const string FigureFields = "id code sector value multiplier baseValue valueAsWritten status qualifier qualifierAsWritten sourceStatesAnotherValue planValue definition { code }";

    /// <summary>Every report held (<paramref name="arguments"/> narrowing them), with every figure.</summary>
    public static string Reports(string arguments = "", string alias = "") =>
        $"{alias}reports{arguments} {{ key indicators {{ {FigureFields} }} }}";

    public static string Aliased(int times, string arguments = "") =>
        "{ " + string.Join(" ", Enumerable.Range(1, times).Select(each => Reports(arguments, $"a{each}: "))) + " }";
}
