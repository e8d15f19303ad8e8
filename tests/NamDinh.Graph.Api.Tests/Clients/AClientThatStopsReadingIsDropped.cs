using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NamDinh.Graph.Api.Transport.Clients;

namespace NamDinh.Graph.Api.Tests.Clients;

/// <summary>
/// An answer goes out 64 KiB at a time, each piece within SlowReaders:WriteTimeout: a client that stops taking it is
/// dropped (the connection aborted) once one piece waits that long, however large the answer, so the answer waiting
/// for it is let go; a client that reads slowly but steadily (the whole answer taking longer than the timeout, each
/// piece less) gets the whole answer. The clock is a fake one, moved by the test and the client.
/// </summary>
public sealed class AClientThatStopsReadingIsDropped
{
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(15);

    private readonly FakeTimeProvider _clock = new();

    private ClientWrites Writes => new(new SlowReaderOptions { WriteTimeout = WriteTimeout }, _clock, NullLogger<ClientWrites>.Instance);

    [Fact]
    public async Task A_client_that_takes_nothing_more_is_aborted_within_the_write_timeout()
    {
        var client = new Client(_clock, takesBytes: 3 * ClientWrites.PieceBytes, pieceTakes: TimeSpan.Zero);
        var answer = new byte[8 * 1024 * 1024];

        var writing = Writes.WriteAsync(client.Http, answer);
        _clock.Advance(WriteTimeout - TimeSpan.FromSeconds(1));
        Assert.False(writing.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await writing.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(client.Aborted);
        Assert.Equal(3 * ClientWrites.PieceBytes, client.Received);
    }

    [Fact]
    public async Task A_client_that_reads_slowly_but_steadily_gets_the_whole_answer()
    {
        var client = new Client(_clock, takesBytes: int.MaxValue, pieceTakes: WriteTimeout - TimeSpan.FromSeconds(1));
        var answer = new byte[5 * ClientWrites.PieceBytes + 17];

        await Writes.WriteAsync(client.Http, answer);

        Assert.False(client.Aborted);
        Assert.Equal(answer.Length, client.Received);
    }

    /// <summary>
    /// A connection whose client takes <c>takesBytes</c>, each write <c>pieceTakes</c> of the clock's time, and then
    /// nothing (until the write is cancelled).
    /// </summary>
    private sealed class Client : IHttpRequestLifetimeFeature
    {
        public Client(FakeTimeProvider clock, int takesBytes, TimeSpan pieceTakes)
        {
            Http = new DefaultHttpContext();
            Http.Features.Set<IHttpRequestLifetimeFeature>(this);
            Http.Response.Body = new ReceivingStream(this, clock, takesBytes, pieceTakes);
        }

        public HttpContext Http { get; }

        public bool Aborted { get; private set; }

        public long Received { get; set; }

        public CancellationToken RequestAborted { get; set; } = CancellationToken.None;

        public void Abort() => Aborted = true;
    }

    private sealed class ReceivingStream(Client client, FakeTimeProvider clock, int takesBytes, TimeSpan pieceTakes) : Stream
    {
        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (client.Received + buffer.Length > takesBytes)
                await Task.Delay(Timeout.Infinite, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            clock.Advance(pieceTakes);
            cancellationToken.ThrowIfCancellationRequested();
            client.Received += buffer.Length;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
