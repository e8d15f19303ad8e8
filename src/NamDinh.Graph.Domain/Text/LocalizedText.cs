namespace NamDinh.Graph.Domain.Text;

/// <summary>
/// A text as the report wrote it in Vietnamese, with an English translation where the team made one.
/// The source documents are Vietnamese only, so <see cref="EnTranslation"/> is always a translation, never a source.
/// </summary>
public sealed record LocalizedText(string Vi, string? EnTranslation = null)
{
    public string? In(Language language) => language == Language.Vi ? Vi : EnTranslation;
}
