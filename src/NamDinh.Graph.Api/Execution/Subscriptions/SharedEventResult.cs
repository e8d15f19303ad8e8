using GraphQL;

namespace NamDinh.Graph.Api.Execution.Subscriptions;

/// <summary>
/// A subscription event's answer that several subscribers share (<see cref="SubscriptionFanOut"/>): written as JSON
/// once, within the byte limit (else RESPONSE_TOO_LARGE's answer, as for any other), and each transport's framing of it
/// kept for the next subscriber that frames it alike.
/// </summary>
public sealed class SharedEventResult(ExecutionResult result) : ExecutionResult(result)
{
    private readonly Lock _writing = new();
    private Written? _json;
    private Framed? _framed;

    /// <summary>The JSON of <paramref name="result"/> as <see cref="BoundedJson.Answer"/> writes it; a shared answer's is written once.</summary>
    public static (ReadOnlyMemory<byte> Json, bool Fits) Answer(ExecutionResult result, BoundedJson json) =>
        result is SharedEventResult shared ? shared.Answer(json) : json.Answer(result);

    /// <summary>This answer's JSON, an array of its own exact length that every subscriber's queue may hold.</summary>
    public (ReadOnlyMemory<byte> Json, bool Fits) Answer(BoundedJson json)
    {
        if (Volatile.Read(ref _json) is { } written)
            return (written.Json, written.Fits);
        lock (_writing)
        {
            if (_json is null)
            {
                var (answer, fits) = json.Answer(this);
                Volatile.Write(ref _json, new Written(answer.ToArray(), fits));
            }
            return (_json!.Json, _json.Fits);
        }
    }

    /// <summary>
    /// The message <paramref name="frame"/> makes of this answer for <paramref name="tag"/> (a WebSocket operation's id):
    /// the one made last when it was for the same tag, else a new one, kept in its place.
    /// </summary>
    public byte[] FramedFor(string tag, Func<string, ReadOnlyMemory<byte>, byte[]> frame, BoundedJson json)
    {
        if (Volatile.Read(ref _framed) is { } last && last.Tag == tag)
            return last.Bytes;
        var bytes = frame(tag, Answer(json).Json);
        Volatile.Write(ref _framed, new Framed(tag, bytes));
        return bytes;
    }

    private sealed record Written(byte[] Json, bool Fits);

    private sealed record Framed(string Tag, byte[] Bytes);
}
