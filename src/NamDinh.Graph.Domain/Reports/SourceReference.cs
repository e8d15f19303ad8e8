using System.Text.Json.Serialization;

namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// Where in the source document a piece of data comes from: its section ("2.1") and the sentence, word for word.
/// <paramref name="StatedBaseValue"/> is set once a figure's value was changed away from what the sentence states:
/// the value the sentence states, in the unit itself (value × multiplier). Null where the sentence states the
/// figure as it is.
/// </summary>
public sealed record SourceReference(
    string Section,
    string Sentence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? StatedBaseValue = null);
