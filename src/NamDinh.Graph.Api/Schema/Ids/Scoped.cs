namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>
/// A part of a report (the report itself, a figure, a ranking, an item, a change) as it was read: the domain's value
/// and the state of the report it comes from, which its id names. The domain's values do not know which report they
/// are in; the fields that hand them out do.
/// </summary>
public record Scoped<T>(T Item, ReportScope Scope);

public static class ScopedExtensions
{
    public static Scoped<T> Of<T>(this ReportScope scope, T item) => new(item, scope);

    public static IEnumerable<Scoped<T>> OfEach<T>(this ReportScope scope, IEnumerable<T> items) => items.Select(item => new Scoped<T>(item, scope));
}
