namespace NamDinh.Graph.Api.Transport.Clients;

/// <summary>
/// The response body as a stream, for writers that need one (<see cref="System.Net.ServerSentEvents.SseFormatter"/>),
/// each write going to the client through <see cref="ClientWrites"/>: in pieces, each taken within the write timeout,
/// else the connection is aborted.
/// </summary>
public sealed class ClientStream(HttpContext http, ClientWrites writes) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    // Each piece has a timeout of its own, and a connection that goes away ends the write itself.
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        new(writes.WriteAsync(http, buffer));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        writes.WriteAsync(http, buffer.AsMemory(offset, count));

    // ClientWrites flushes each piece it writes.
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Flush()
    {
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
