namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// One part of a report that a change touched: which part ("indicators", "tasks", "document", …) and which item
/// in it (an indicator code, an item id, a ranking index), its value before and after as JSON in the domain's
/// shape (null where the item did not exist), and where it stood in its list before.
/// </summary>
public sealed record RevisionEntry(string Part, string Key, int? OldIndex, string? OldValue, string? NewValue);
