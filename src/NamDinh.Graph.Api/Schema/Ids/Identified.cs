namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>
/// A value with the id the field that hands it out gave it: an item of a list, which cannot see which object the list
/// belongs to (<see cref="IdFields.EmbeddedIdField{TSource}"/>), or one whose key is not all in the value itself.
/// </summary>
public sealed record Identified<T>(string Id, T Item);
