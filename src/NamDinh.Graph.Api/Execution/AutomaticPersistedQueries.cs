using System.Security.Cryptography;
using System.Text;
using GraphQL;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Transport.Http;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// Apollo's automatic persisted queries (version 1): a client sends <c>extensions.persistedQuery.sha256Hash</c> without
/// the document; a hash the server does not know answers PERSISTED_QUERY_NOT_FOUND, the client sends the document with
/// its hash, and the server checks the hash, runs it and keeps it, so that the hash alone is enough from then on. Only
/// documents that ran are kept, within a bound on their number and characters (<see cref="BoundedCache{TKey,TValue}"/>).
/// </summary>
public sealed class AutomaticPersistedQueries : IDisposable
{
    public const string ExtensionName = "persistedQuery";
    public const string NotFoundMessage = "PersistedQueryNotFound";
    public const int MostQueries = 1000;
    public const int CharacterBudget = 2_000_000;

    private readonly BoundedCache<string, string> _byHash = new(MostQueries, CharacterBudget, (_, query) => query.Length);

    public int Count => _byHash.Count;

    /// <summary>Whether the request carries the extension (then it needs no 'query').</summary>
    public static bool IsAskedBy(Inputs? extensions) => extensions?.ContainsKey(ExtensionName) == true;

    /// <summary>The hash the request names (lower-case hex), null when it names none; or why the extension is refused.</summary>
    public static (string? Hash, ExecutionError? Refusal) HashOf(GraphQLHttpRequest request)
    {
        if (request.Extensions is null || !request.Extensions.TryGetValue(ExtensionName, out var extension))
            return (null, null);
        if (extension is not IDictionary<string, object?> fields
            || !fields.TryGetValue("version", out var version) || Convert.ToString(version, System.Globalization.CultureInfo.InvariantCulture) != "1")
            return (null, new ExecutionError("extensions.persistedQuery must be { \"version\": 1, \"sha256Hash\": \"<hex SHA-256 of the query>\" }.") { Code = ErrorCodes.BadRequest });
        if (!fields.TryGetValue("sha256Hash", out var hash) || hash is not string hex || hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
            return (null, new ExecutionError("extensions.persistedQuery.sha256Hash must be the 64 hex digits of the query's SHA-256.") { Code = ErrorCodes.BadRequest });
        return (hex.ToLowerInvariant(), null);
    }

    public static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public string? Find(string hash) => _byHash.TryGet(hash, out var query) ? query : null;

    public void Remember(string hash, string query) => _byHash.Add(hash, query);

    public void Dispose() => _byHash.Dispose();

    public static ExecutionError NotFound() => new(NotFoundMessage) { Code = ErrorCodes.PersistedQueryNotFound };

    public static ExecutionError HashMismatch() =>
        new("extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent.") { Code = ErrorCodes.PersistedQueryHashMismatch };
}
