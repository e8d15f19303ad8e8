using GraphQL;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Transport.Http;

namespace NamDinh.Graph.Api.Execution;

/// <summary>The <c>PersistedOperations</c> configuration section.</summary>
public sealed class PersistedOperationOptions
{
    public const string SectionName = "PersistedOperations";

    /// <summary>Whether the server runs only registered operations (a request's documentId), refusing document text.</summary>
    public bool Required { get; set; }

    /// <summary>The folder of <c>.graphql</c> files registered at deploy time; <c>operations</c> beside the program (copied from <c>schema/operations/</c>) when not given.</summary>
    public string? Folder { get; set; }
}

/// <summary>
/// The operations registered at deploy time, one per <c>.graphql</c> file: a client sends <c>documentId</c> instead of the
/// document, either the file's name ("Report") or "sha256:" and the hex SHA-256 of its text. With
/// <see cref="PersistedOperationOptions.Required"/> set, document text is refused.
/// Ours rather than GraphQL.NET's PersistedDocumentHandler, which runs inside execution, after the document cache and
/// the HTTP status are decided, knows no Apollo APQ nor ids by file name, and answers other codes (DOCUMENT_NOT_FOUND).
/// </summary>
public sealed class PersistedOperations
{
    private readonly IReadOnlyDictionary<string, string> _byId;
    private readonly bool _required;

    private readonly AutomaticPersistedQueries _automatic;

    public PersistedOperations(PersistedOperationOptions options, AutomaticPersistedQueries automatic)
    {
        _automatic = automatic;
        _required = options.Required;
        var folder = options.Folder ?? Path.Combine(AppContext.BaseDirectory, "operations");
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.graphql").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                byId[Path.GetFileNameWithoutExtension(file)] = text;
                byId[HashId(text)] = text;
            }
        }
        _byId = byId;
        Ids = [.. byId.Keys.Where(id => !id.StartsWith("sha256:", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The registered operations by file name.</summary>
    public IReadOnlyList<string> Ids { get; }

    public string? Find(string id) => _byId.GetValueOrDefault(id);

    public static string HashId(string text) => "sha256:" + AutomaticPersistedQueries.HashOf(text);

    /// <summary>
    /// The request with its document: the registered one it names; the one an automatic persisted query's hash names
    /// (registered, or kept from an earlier request), with the hash to keep it under once it ran when the request sent
    /// its text; or its own text where that is allowed. Else why not.
    /// </summary>
    public (GraphQLHttpRequest? Request, ExecutionError? Refusal, string? HashToKeep) Resolve(GraphQLHttpRequest request)
    {
        if (request.DocumentId is { } id)
            return Find(id) is { } text
                ? (request with { Query = text }, null, null)
                : (null, new ExecutionError($"No operation is registered as '{Errors.Echo.Short(id)}'.") { Code = ErrorCodes.PersistedOperationNotFound }, null);
        var (hash, refused) = AutomaticPersistedQueries.HashOf(request);
        if (refused is not null)
            return (null, refused, null);
        if (hash is not null && request.Query is null)
            return (Find("sha256:" + hash) ?? _automatic.Find(hash)) is { } known
                ? (request with { Query = known }, null, null)
                : (null, AutomaticPersistedQueries.NotFound(), null);
        if (_required)
            return (null, new ExecutionError("This server runs only registered operations: send 'documentId' instead of 'query'.") { Code = ErrorCodes.PersistedOperationRequired }, null);
        if (hash is not null && AutomaticPersistedQueries.HashOf(request.Query!) != hash)
            return (null, AutomaticPersistedQueries.HashMismatch(), null);
        return (request, null, hash);
    }

    /// <summary>Keeps a document that ran under the hash its automatic persisted query named.</summary>
    public void Keep(string hash, string query) => _automatic.Remember(hash, query);
}
