namespace NamDinh.Graph.Api.Errors;

/// <summary>The <c>extensions.code</c> values this API answers with.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string BadRequest = "BAD_REQUEST";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string VersionConflict = "VERSION_CONFLICT";
    public const string AlreadyExists = "ALREADY_EXISTS";
    public const string ImplausibleChange = "IMPLAUSIBLE_CHANGE";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string QueryTimeout = "QUERY_TIMEOUT";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string IntrospectionTooComplex = "INTROSPECTION_TOO_COMPLEX";
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";
    public const string RateLimited = "RATE_LIMITED";
    public const string TooManyConcurrentRequests = "TOO_MANY_CONCURRENT_REQUESTS";
    public const string PersistedOperationNotFound = "PERSISTED_OPERATION_NOT_FOUND";
    public const string PersistedOperationRequired = "PERSISTED_OPERATION_REQUIRED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string StorageUnavailable = "STORAGE_UNAVAILABLE";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    // GraphQL.NET's own codes, answered by this server where it refuses a document before GraphQL.NET reads it.
    public const string SyntaxError = "SYNTAX_ERROR";
    public const string NoFragmentCycles = "NO_FRAGMENT_CYCLES";
}
