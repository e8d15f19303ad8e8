namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// The <c>Limits</c> configuration section: how much one request may ask of the server. Each limit refuses what
/// goes over it with its own error code and changes nothing. The WebSocket limits are in <c>WebSockets</c>.
/// </summary>
public sealed class RequestLimits
{
    public const string SectionName = "Limits";

    /// <summary>The largest request body, in bytes (413 REQUEST_TOO_LARGE).</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>How many requests one batched POST (a JSON array) may hold (400 BATCH_TOO_LARGE).</summary>
    public int MaxBatchSize { get; set; } = 20;

    /// <summary>How many lexical tokens a document may have (QUERY_TOO_LARGE), counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>How many selections an operation may have once its fragments are spread (QUERY_TOO_COMPLEX).</summary>
    public int MaxSelections { get; set; } = 5_000;

    /// <summary>How deep a selection may nest (QUERY_TOO_COMPLEX).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The most an operation may cost, as GraphQL.NET's complexity analyzer counts it: 1 per field, times the page
    /// size (first) for the fields under a paged list, times what <c>reports</c> and a report's <c>indicators</c> can
    /// hold for the fields under them (<see cref="ListWeights"/>), times 20 under any other list (QUERY_TOO_COMPLEX).
    /// A batch's requests share it: together they may cost no more than one request.
    /// </summary>
    public int MaxComplexity { get; set; } = 200_000;

    /// <summary>
    /// The largest page of <c>reports</c> (its first; 100 when not given). A page is weighed as what it can hold: the
    /// smaller of this and the page asked.
    /// </summary>
    public int MaxReportsListed { get; set; } = 400;

    /// <summary>
    /// The largest answer, in bytes of JSON, whatever the cost estimated (RESPONSE_TOO_LARGE); a batch's answers
    /// together. Counted while the answer is written, which stops once over, before any of it is sent.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How long an operation may run before it is cancelled (QUERY_TIMEOUT); a batch's requests each.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many aliases a document may use (QUERY_TOO_COMPLEX).</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>How many fields an operation may select at its root (QUERY_TOO_COMPLEX).</summary>
    public int MaxRootFields { get; set; } = 30;

    /// <summary>The largest page any paged field gives (first), below each field's own maximum (BAD_USER_INPUT).</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>
    /// How many valid documents the server keeps parsed and validated, by their text (<see cref="Execution.DocumentCache"/>);
    /// 0 keeps none. Not a limit on clients: a bound on the memory the cache takes.
    /// </summary>
    public int CachedDocuments { get; set; } = 1000;

    /// <summary>
    /// How many seconds at most an answer to a query may be given again, from memory, to the same query with the same
    /// variables (<see cref="Execution.ResponseCache"/>), counted from when it began to be computed; a change of what it
    /// read forgets it sooner, on every node told of the change. It bounds what a node that is not told (frozen, cut
    /// off) may give. 0 keeps none.
    /// </summary>
    public double ResponseCacheSeconds { get; set; } = DefaultResponseCacheSeconds;

    /// <summary>The default of <see cref="ResponseCacheSeconds"/>.</summary>
    public const double DefaultResponseCacheSeconds = 5;

    /// <summary>Whether clients may ask the schema about itself (__schema, __type). Switch off for production if wanted.</summary>
    public bool Introspection { get; set; } = true;
}
