using System.Buffers;

namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>A growing buffer of bytes rented from the shared pool and given back when disposed: an answer's JSON while it is written.</summary>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);

    public int Written { get; private set; }

    public ReadOnlySpan<byte> Span(int start, int end) => _bytes.AsSpan(start, end - start);

    public void Advance(int count) => Written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint).AsMemory(Written);

    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).AsSpan(Written);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }

    private byte[] Room(int sizeHint)
    {
        var needed = Written + Math.Max(sizeHint, 256);
        if (needed > _bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _bytes.Length * 2));
            _bytes.AsSpan(0, Written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
        return _bytes;
    }
}
