using GraphQLParser.AST;
using NamDinh.Graph.Api.Execution.Limits;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// Documents already parsed, measured and found valid against the schema, by their text and the operation run, so that
/// a document asked again (dashboards ask the same few) skips all of that. The operation is part of the key because
/// validation looks at the operation run; the schema is not, as it is built once per process. Only a document whose
/// request ran is added: one refused for any reason is checked in full every time.
/// It holds at most <see cref="RequestLimits.CachedDocuments"/> documents and <see cref="CharacterBudget"/> characters of
/// them (their parsed form is a few times larger), and no document longer than <see cref="LongestKept"/>, so that clients
/// sending many large valid documents cannot fill the memory with them; when full, the least recently used quarter goes.
/// </summary>
public sealed class DocumentCache(RequestLimits limits) : IDisposable
{
    public const int CharacterBudget = 2_000_000;
    public const int LongestKept = CharacterBudget / 100;

    private readonly BoundedCache<(string Query, string Operation), ValidatedDocument> _documents =
        new(limits.CachedDocuments, CharacterBudget, (key, _) => key.Query.Length);

    /// <summary>The characters of the documents held.</summary>
    public long Characters => _documents.Size;

    public int Count => _documents.Count;

    public ValidatedDocument? Find(string query, string? operationName) =>
        _documents.TryGet((query, operationName ?? ""), out var document) ? document : null;

    public void Add(string query, string? operationName, GraphQLDocument document)
    {
        if (query.Length <= LongestKept)
            _documents.Add((query, operationName ?? ""), new ValidatedDocument(document, operationName));
    }

    public void Dispose() => _documents.Dispose();
}
