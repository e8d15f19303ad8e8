namespace NamDinh.Graph.Domain.Validation;

/// <summary>
/// Where a problem is: in which change of a list (<see cref="Change"/>, where the edit is one), under what
/// (<see cref="Subject"/>), and the steps to the field within it. Written out it is one path:
/// "changes[3].indicator.comparisons.ratePercent", "report.tasks[task-3.1-01].text.vi", "id".
/// </summary>
public sealed record FieldPath(FieldSubject Subject, IReadOnlyList<string> Steps, int? Change = null)
{
    /// <summary>A field of the edit itself ("id", "value"), as a change that cannot apply names it.</summary>
    public static FieldPath OfTheEdit(string field) => new(FieldSubject.Edit, [field]);

    public static FieldPath Under(FieldSubject subject) => new(subject, []);

    public FieldPath Then(params string[] steps) => this with { Steps = [.. Steps, .. steps] };

    /// <summary>The item of a list by its key or place: "indicators[postal.revenue]", "recipients[0]".</summary>
    public FieldPath ThenItem(string list, string key) => Then($"{list}[{key}]");

    public override string ToString()
    {
        IEnumerable<string> place = Change is { } index ? [$"changes[{index}]"] : [];
        IEnumerable<string> subject = Subject.Name() is { } name ? [name] : [];
        return string.Join('.', [.. place, .. subject, .. Steps]);
    }
}
