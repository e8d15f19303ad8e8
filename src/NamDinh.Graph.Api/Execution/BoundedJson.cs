using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using NamDinh.Graph.Api.Execution.Limits;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// Writes an answer as JSON the way the transport's serializer does, into memory of at most a number of bytes, and
/// stops as soon as the answer would be longer: a query estimated cheap whose answer is huge costs the server no more
/// than the limit in bytes. (The serializer itself writes an answer whole into its own buffer before any of it reaches
/// a stream, so counting what reaches the stream would come too late.) Every transport answers through it: HTTP, and
/// each "next" of a WebSocket or an event stream.
/// </summary>
public sealed class BoundedJson(IErrorInfoProvider errors, RequestLimits limits)
{
    private readonly JsonOptionsOf _serializer = new(errors);
    private ReadOnlyMemory<byte>? _tooLarge;

    /// <summary>The options answers are written with: the transport's encoder and GraphQL.NET's converters.</summary>
    public JsonSerializerOptions SerializerOptions => _serializer.Options;

    /// <summary>
    /// The JSON of <paramref name="result"/> when it fits in <paramref name="room"/> bytes (by default
    /// <see cref="RequestLimits.MaxResponseBytes"/>); else, with <c>Fits</c> false, RESPONSE_TOO_LARGE's answer.
    /// </summary>
    public (ReadOnlyMemory<byte> Json, bool Fits) Answer(ExecutionResult result, int? room = null) =>
        Write(result, room ?? limits.MaxResponseBytes, (result.Data as Compiled.WrittenData)?.Json.Length) is { } json ? (json, true) : (TooLarge, false);

    /// <summary>The answer in place of one longer than the limit: an error and no data.</summary>
    public ReadOnlyMemory<byte> TooLarge => _tooLarge ??= Write(new ExecutionResult
    {
        Errors = [new ExecutionError($"The answer is longer than {limits.MaxResponseBytes} bytes, the most this server sends; ask for fewer reports or fields.")
            { Code = Errors.ErrorCodes.ResponseTooLarge }],
    }, int.MaxValue)!.Value;

    /// <summary>The JSON of <paramref name="answer"/>, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public ReadOnlyMemory<byte>? Write<TAnswer>(TAnswer answer, int maxBytes, int? dataBytes = null)
    {
        var buffer = new CappedBufferWriter(maxBytes, dataBytes);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = _serializer.Options.Encoder, SkipValidation = true }))
                JsonSerializer.Serialize(writer, answer, _serializer.Options);
            return buffer.Written;
        }
        catch (CappedBufferWriter.FullException)
        {
            return null;
        }
    }

    /// <summary>GraphQL.NET's serializer, configured as the transport's, for its JSON options (with its converters).</summary>
    private sealed class JsonOptionsOf(IErrorInfoProvider errors)
        : GraphQLSerializer(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, errors)
    {
        public JsonSerializerOptions Options => SerializerOptions;
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> that refuses to grow past its limit.</summary>
    /// <param name="dataBytes">The length of data already written as JSON, if known, so that the buffer holds it at once.</param>
    private sealed class CappedBufferWriter(int maxBytes, int? dataBytes) : IBufferWriter<byte>
    {
        private byte[] _buffer = new byte[Math.Min(maxBytes, dataBytes + 1024 ?? 16 * 1024)];
        private int _written;

        public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _written);

        public void Advance(int count)
        {
            _written += count;
            if (_written > maxBytes)
                throw new FullException();
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint).AsMemory(_written);

        public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).AsSpan(_written);

        private byte[] Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 1);
            if (needed <= _buffer.Length)
                return _buffer;
            // The writer asks for room ahead of what it writes; room up to a little past the limit lets Advance tell.
            if (needed > maxBytes + Math.Max(sizeHint, 4096))
                throw new FullException();
            Array.Resize(ref _buffer, (int)Math.Min(Math.Max((long)_buffer.Length * 2, needed), maxBytes + (long)Math.Max(sizeHint, 4096)));
            return _buffer;
        }

        public sealed class FullException() : Exception("The answer is longer than the limit.");
    }
}
