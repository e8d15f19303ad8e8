using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>One server's answer: status, content type and the body's bytes.</summary>
public sealed record Answer(int Status, string? ContentType, byte[] Body)
{
    public static async Task<Answer> ReadAsync(HttpClient http, DifferentialRequest request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(request.Body()) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(request.Accept));
        using var response = await http.SendAsync(message);
        return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
    }
}

/// <summary>
/// Sends each request to both servers and compares status, content type and the body byte for byte. Counts what
/// was identical and keeps, for the rest, a message with the request and where the answers part.
/// </summary>
public sealed partial class DifferentialRun
{
    private const int AtOnce = 4;
    private const int MismatchesShown = 5;

    private readonly ConcurrentQueue<string> _mismatches = new();
    private int _identical;
    private int _withData;
    private int _withErrors;

    public int Identical => _identical;

    public int Different => _mismatches.Count;

    /// <summary>Of the identical answers, how many held data, how many errors (both, for a partial answer).</summary>
    public string Shape => string.Create(CultureInfo.InvariantCulture, $"{_withData} with data, {_withErrors} with errors");

    public static async Task<DifferentialRun> CompareAsync(DifferentialHosts hosts, IReadOnlyCollection<DifferentialRequest> requests)
    {
        var run = new DifferentialRun();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = AtOnce }, async (request, _) =>
        {
            var answers = await Task.WhenAll(Answer.ReadAsync(hosts.Compiled, request), Answer.ReadAsync(hosts.Executor, request));
            await run.RecordAsync(hosts, request, compiled: answers[0], executor: answers[1]);
        });
        return run;
    }

    /// <summary>
    /// Counts an answer. When the two differ, the executor is asked again: GraphQL.NET resolves sibling fields at once
    /// and lists their errors in the order they happen to end, so the same request may get its errors in another order
    /// from the executor itself, and which comes first depends on timing. An answer the executor gives on asking again is
    /// the executor's answer. Failing that, an answer that differs from its first only in the order of its errors is
    /// counted apart (<see cref="ErrorsInAnotherOrder"/>), and so is one that differs only in the correlation ids of
    /// unexpected errors (<see cref="UnexpectedErrors"/>), which are new for every request; neither is a difference.
    /// </summary>
    private async Task RecordAsync(DifferentialHosts hosts, DifferentialRequest request, Answer compiled, Answer executor)
    {
        if (Difference(compiled, executor) is { } difference)
        {
            var varied = false;
            for (var again = 0; again < AskedAgain; again++)
            {
                var answer = await Answer.ReadAsync(hosts.Executor, request);
                if (Difference(compiled, answer) is null)
                {
                    Interlocked.Increment(ref _executorVaried);
                    Count(executor);
                    return;
                }
                varied |= Difference(executor, answer) is not null;
            }
            if (compiled.Status == executor.Status && compiled.ContentType == executor.ContentType)
            {
                var (compiledBody, executorBody) = (WithoutCorrelationIds(compiled.Body), WithoutCorrelationIds(executor.Body));
                var sameButIds = compiledBody.AsSpan().SequenceEqual(executorBody);
                if (sameButIds || SameButForTheOrderOfErrors(compiledBody, executorBody))
                {
                    Interlocked.Increment(ref sameButIds ? ref _unexpectedErrors : ref _errorsInAnotherOrder);
                    if (sameButIds)
                        _unexpected.Enqueue(request.ToString());
                    Count(executor);
                    return;
                }
            }
            _mismatches.Enqueue(request + "\n" + difference + "\n" + (varied
                ? "(asked again, the executor answered otherwise too, but never so)"
                : "(asked again, the executor answered the same each time)"));
            return;
        }
        Count(executor);
    }

    private const int AskedAgain = 10;

    private readonly ConcurrentQueue<string> _unexpected = new();
    private int _unexpectedErrors;

    /// <summary>
    /// How many answers were an unexpected error (INTERNAL_SERVER_ERROR) on both servers, the same but for the
    /// correlation id each request is given to find it in the log.
    /// </summary>
    public int UnexpectedErrors => _unexpectedErrors;

    /// <summary>The first few requests both servers failed on unexpectedly: bugs of their own, shown in the test's output.</summary>
    public IEnumerable<string> Unexpected => _unexpected.Take(MismatchesShown);

    /// <summary>The body with each correlation id it gives (<c>"correlationId":"…"</c>) written as <c>…</c>, wherever it appears.</summary>
    public static byte[] WithoutCorrelationIds(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        foreach (var id in CorrelationId().Matches(text).Select(match => match.Groups[1].Value).Distinct().ToList())
            text = text.Replace(id, "…", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    [GeneratedRegex("\"correlationId\":\"([^\"]+)\"")]
    private static partial Regex CorrelationId();

    private int _executorVaried;
    private int _errorsInAnotherOrder;

    /// <summary>How many answers matched one the executor gave only when asked again.</summary>
    public int ExecutorVaried => _executorVaried;

    /// <summary>How many answers differed from the executor's only in the order of their errors.</summary>
    public int ErrorsInAnotherOrder => _errorsInAnotherOrder;

    private void Count(Answer executor)
    {
        Interlocked.Increment(ref _identical);
        var (data, errors) = ShapeOf(executor.Body);
        if (data)
            Interlocked.Increment(ref _withData);
        if (errors)
            Interlocked.Increment(ref _withErrors);
    }

    /// <summary>What the failure says: how many differed, and the first few in full.</summary>
    public string Report(string part) =>
        string.Create(CultureInfo.InvariantCulture, $"{part}: {Different} of {Identical + Different} answers differ between compiled plans and GraphQL.NET's executor.\n\n")
        + string.Join("\n\n----\n\n", _mismatches.Take(MismatchesShown));

    /// <summary>Null when the answers are the same; else the first difference, with some bytes around it from each.</summary>
    public static string? Difference(Answer compiled, Answer executor)
    {
        if (compiled.Status != executor.Status)
            return string.Create(CultureInfo.InvariantCulture, $"status: compiled {compiled.Status}, executor {executor.Status}\n") + Bodies(compiled.Body, executor.Body, 0);
        if (compiled.ContentType != executor.ContentType)
            return $"content type: compiled {compiled.ContentType}, executor {executor.ContentType}";
        var at = FirstDifference(compiled.Body, executor.Body);
        return at < 0 ? null : Bodies(compiled.Body, executor.Body, at);
    }

    /// <summary>The index of the first byte where the two differ (the shorter one's length when one begins the other); -1 when equal.</summary>
    public static int FirstDifference(byte[] one, byte[] other)
    {
        var common = one.AsSpan().CommonPrefixLength(other);
        return common == one.Length && common == other.Length ? -1 : common;
    }

    private const int Context = 120;

    private static string Bodies(byte[] compiled, byte[] executor, int at)
    {
        var from = Math.Max(0, at - Context);
        return string.Create(CultureInfo.InvariantCulture, $"bodies differ at byte {at} (compiled {compiled.Length} bytes, executor {executor.Length}):\n")
            + "  compiled: " + Around(compiled, from, at) + "\n"
            + "  executor: " + Around(executor, from, at);
    }

    private static string Around(byte[] body, int from, int at) =>
        from >= body.Length ? "(ends before)" :
        "…" + Encoding.UTF8.GetString(body, from, Math.Min(at, body.Length) - from) + "⟨here⟩"
            + Encoding.UTF8.GetString(body, Math.Min(at, body.Length), Math.Min(Context, body.Length - Math.Min(at, body.Length))) + "…";

    /// <summary>The same members in the same order, each the same bytes, but <c>errors</c>, whose items may come in another order.</summary>
    public static bool SameButForTheOrderOfErrors(byte[] one, byte[] other)
    {
        try
        {
            using var first = JsonDocument.Parse(one);
            using var second = JsonDocument.Parse(other);
            var members = first.RootElement.EnumerateObject().ToList();
            var others = second.RootElement.EnumerateObject().ToList();
            return members.Count == others.Count && members.Zip(others).All(pair =>
                pair.First.Name == pair.Second.Name && (pair.First.Name == "errors"
                    ? Sorted(pair.First.Value).SequenceEqual(Sorted(pair.Second.Value))
                    : pair.First.Value.GetRawText() == pair.Second.Value.GetRawText()));
        }
        catch (JsonException)
        {
            return false;
        }

        static List<string> Sorted(JsonElement errors) =>
            errors.ValueKind == JsonValueKind.Array ? [.. errors.EnumerateArray().Select(error => error.GetRawText()).Order(StringComparer.Ordinal)] : [errors.GetRawText()];
    }

    private static (bool Data, bool Errors) ShapeOf(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, root.TryGetProperty("errors", out _));
        }
        catch (JsonException)
        {
            return (false, false);
        }
    }
}
