namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>
/// Writes an HTTP answer or an event to the client in pieces, each of which the client must take within
/// <see cref="SlowReaderOptions.WriteTimeout"/>, else the connection is aborted and what waited for it is let go.
/// Kestrel's minimum data rate alone cannot do this: it gives each write time in proportion to its size, and an answer
/// is one write, so an 8 MiB answer read at its 240 bytes a second would hold the server's memory for hours.
/// </summary>
public sealed partial class ClientWrites(SlowReaderOptions options, TimeProvider clock, ILogger<ClientWrites> logger)
{
    /// <summary>As much as Kestrel buffers for a response before it waits for the client.</summary>
    public const int PieceBytes = 64 * 1024;

    /// <summary>Writes <paramref name="bytes"/>, or aborts the connection when the client stops taking them.</summary>
    public async Task WriteAsync(HttpContext http, ReadOnlyMemory<byte> bytes)
    {
        for (var offset = 0; offset < bytes.Length; offset += PieceBytes)
        {
            // A connection that goes away ends the write itself; only the write timeout needs a token.
            using var timeout = new CancellationTokenSource(options.WriteTimeout, clock);
            try
            {
                await http.Response.Body.WriteAsync(bytes.Slice(offset, Math.Min(PieceBytes, bytes.Length - offset)), timeout.Token);
                await http.Response.Body.FlushAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
            {
                LogDropped(options.WriteTimeout, offset, bytes.Length);
                http.Abort();
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping a client that took nothing of its answer for {Timeout} ({Sent} of {Bytes} bytes sent).")]
    private partial void LogDropped(TimeSpan timeout, int sent, int bytes);
}
