using System.Security.Cryptography;
using System.Text;
using GraphQL;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Transport;

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
/// </summary>
public sealed class PersistedOperations
{
    private readonly IReadOnlyDictionary<string, string> _byId;
    private readonly bool _required;

    public PersistedOperations(PersistedOperationOptions options)
    {
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

    public static string HashId(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The request with its document: the registered one it names, or its own text where that is allowed; else why not.</summary>
    public (GraphQLHttpRequest? Request, ExecutionError? Refusal) Resolve(GraphQLHttpRequest request)
    {
        if (request.DocumentId is { } id)
            return Find(id) is { } text
                ? (request with { Query = text }, null)
                : (null, new ExecutionError($"No operation is registered as '{id}'.") { Code = ErrorCodes.PersistedOperationNotFound });
        return _required
            ? (null, new ExecutionError("This server runs only registered operations: send 'documentId' instead of 'query'.") { Code = ErrorCodes.PersistedOperationRequired })
            : (request, null);
    }
}
