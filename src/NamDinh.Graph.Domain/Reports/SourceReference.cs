namespace NamDinh.Graph.Domain.Reports;

/// <summary>Where in the source document a piece of data comes from: its section ("2.1") and the sentence, word for word.</summary>
public sealed record SourceReference(string Section, string Sentence);
