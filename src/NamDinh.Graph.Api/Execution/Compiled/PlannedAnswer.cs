using System.Collections;
using System.Text.Json;
using GraphQL.Resolvers;
using GraphQL.Types;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>
/// Writes a query's answer straight from the values its resolvers return to JSON, the way graphql-jit does for
/// JavaScript: every field is resolved and written at once, depth first, with one field context per depth, the fields
/// an object type is asked for collected once per request, and no execution node, result tree or second pass. A value
/// still to be loaded leaves a hole, filled once the values of its round are loaded together (<see cref="DeferredValue"/>),
/// so a loader fetches them in one batch as under the general executor. The answer is the general executor's to the byte.
/// What it does not do the same way it leaves to the general executor, which then answers the whole request: an error
/// of any kind and a null where the schema promises a value (both need the general executor's paths and null
/// propagation), an interface or a union, introspection of the schema, lists of lists, and values loaded within
/// loaded values more than <see cref="MostRounds"/> deep.
/// </summary>
internal sealed class PlannedAnswer
{
    /// <summary>Why an answer was not written.</summary>
    public enum Outcome
    {
        Written,

        /// <summary>This request's answer needs the general executor (an error, a null where a value is promised).</summary>
        NotThisRequest,

        /// <summary>The operation needs it whatever the request (an abstract type, introspection, loads nested too deep).</summary>
        NotThisOperation,
    }

    /// <summary>How many rounds of loads an answer waits for, one level of loaded values below another, before it is left to the general executor.</summary>
    private const int MostRounds = 8;

    private readonly ExecutionContext _execution;
    private readonly JsonSerializerOptions _json;
    private readonly int _maxBytes;
    private readonly PooledBuffer _buffer;
    private readonly Utf8JsonWriter _writer;
    private readonly List<PlanFieldContext?> _levels = [];
    private readonly List<DeferredValue> _holes = [];
    private List<DeferredValue> _deferred = [];
    private int _segmentStart;
    private Outcome _outcome = Outcome.Written;

    private PlannedAnswer(ExecutionContext execution, JsonSerializerOptions json, int maxBytes, PooledBuffer buffer, Utf8JsonWriter writer) =>
        (_execution, _json, _maxBytes, _buffer, _writer) = (execution, json, maxBytes, buffer, writer);

    /// <summary>
    /// The JSON of the answer's data, or why there is none. <paramref name="maxBytes"/> bounds what is written: a longer
    /// answer is left to the general executor, whose serializer stops at the limit.
    /// </summary>
    public static async Task<(Outcome Outcome, byte[]? Json)> WriteAsync(ExecutionContext execution, PlanUse use, JsonSerializerOptions json, int maxBytes)
    {
        if (execution.Schema.Query is not { } queryType
            || use.SelectionOf(execution.Document, execution.Operation, () => PlannedSelection.Collect(execution, queryType, [execution.Operation.SelectionSet], json)) is not { } root)
            return (Outcome.NotThisOperation, null);
        using var buffer = new PooledBuffer();
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = json.Encoder, SkipValidation = true });
        var answer = new PlannedAnswer(execution, json, maxBytes, buffer, writer);
        var written = await answer.WriteAllAsync(root, execution.RootValue);
        return (answer._outcome, written);
    }

    /// <summary>
    /// Writes the answer, then the values it had to wait for, a round at a time: each round loads all of them at once
    /// (a loader fetches what they ask in one batch, as under the general executor) and writes them, which may reach
    /// values to load for the next round.
    /// </summary>
    private async Task<byte[]?> WriteAllAsync(PlannedSelection root, object? rootValue)
    {
        if (!Segment(() => WriteObject(root, rootValue, holder: null, depth: 0), out var end))
            return null;
        for (var round = 0; _deferred.Count > 0; round++)
        {
            if (round == MostRounds)
                return Stopped(Outcome.NotThisOperation);
            var batch = _deferred;
            _deferred = [];
            if (!await LoadAsync(batch))
                return null;
            foreach (var value in batch)
            {
                if (!Segment(() => WriteValue(value.Type, value.Value, value.Context, value.Depth), out var valueEnd))
                    return null;
                (value.Start, value.End) = (_segmentStart, valueEnd);
            }
        }
        // Every value written after the answer fills one hole, in place of the null held there.
        var answer = new byte[_buffer.Written - (DeferredValue.HoleLength * _holes.Count)];
        Assemble(answer, 0, end, 0);
        return answer;
    }

    private async Task<bool> LoadAsync(List<DeferredValue> batch)
    {
        var loads = batch.Select(value => value.LoadAsync(_execution.CancellationToken)).ToList();
        var loaded = true;
        foreach (var load in loads)
        {
            try
            {
                await load;
            }
            catch (OperationCanceledException) when (_execution.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception)
            {
                // The general executor answers it, error and all; what was loaded is in the request's loaders by now.
                loaded = Stop(Outcome.NotThisRequest);
            }
        }
        return loaded;
    }

    /// <summary>Writes one value, the answer or a value loaded later, after what the buffer holds; false if it cannot.</summary>
    private bool Segment(Func<bool> write, out int end)
    {
        _segmentStart = _buffer.Written;
        _writer.Reset(_buffer);
        var written = write();
        _writer.Flush();
        end = _buffer.Written;
        return written;
    }

    /// <summary>Copies the bytes from <paramref name="start"/> to <paramref name="end"/> to <paramref name="answer"/> at <paramref name="at"/>, each hole filled; returns where they end.</summary>
    private int Assemble(byte[] answer, int start, int end, int at)
    {
        var from = start;
        foreach (var hole in HolesIn(start, end))
        {
            _buffer.Span(from, hole.HoleStart).CopyTo(answer.AsSpan(at));
            at += hole.HoleStart - from;
            at = Assemble(answer, hole.Start, hole.End, at);
            from = hole.HoleEnd;
        }
        _buffer.Span(from, end).CopyTo(answer.AsSpan(at));
        return at + end - from;
    }

    /// <summary>The holes in a stretch of the buffer, in order: they were made in the order they were written.</summary>
    private IEnumerable<DeferredValue> HolesIn(int start, int end) => _holes.Where(hole => hole.HoleStart >= start && hole.HoleEnd <= end);

    private byte[]? Stopped(Outcome outcome)
    {
        Stop(outcome);
        return null;
    }

    /// <summary>Writes a field's value as its type says; false, with the reason kept, when the general executor must answer.</summary>
    private bool WriteValue(IGraphType type, object? value, PlanFieldContext context, int depth)
    {
        if (DeferredValue.IsPending(value))
            return Defer(new DeferredValue(value!, type, context, depth));
        var promised = type is NonNullGraphType;
        if (type is NonNullGraphType nonNull)
            type = nonNull.ResolvedType!;
        if (value is null)
            return promised ? Stop(Outcome.NotThisRequest) : WriteNull();
        switch (type)
        {
            case ScalarGraphType scalar:
                return WriteScalar(scalar, value, promised);
            case IObjectGraphType objectType:
                if (objectType.IsTypeOf is { } isTypeOf && !objectType.SkipTypeCheck && !isTypeOf(value))
                    return Stop(Outcome.NotThisRequest);
                return context.Field.Inner(_execution, objectType, _json) is { } inner
                    ? WriteObject(inner, value, context, depth + 1)
                    : Stop(Outcome.NotThisOperation);
            case ListGraphType list when value is IEnumerable items and not string:
                if (list.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType })
                    return Stop(Outcome.NotThisOperation);
                return WriteList(list.ResolvedType!, items, context, depth);
            case ListGraphType:
                return Stop(Outcome.NotThisRequest);
            default:
                return Stop(Outcome.NotThisOperation);
        }
    }

    private bool WriteList(IGraphType itemType, IEnumerable items, PlanFieldContext context, int depth)
    {
        _writer.WriteStartArray();
        var index = 0;
        foreach (var item in items)
        {
            context.ItemIndex = index++;
            var written = DeferredValue.IsPending(item)
                ? Defer(new DeferredValue(item!, itemType, context.Snapshot(), depth))
                : WriteValue(itemType, item, context, depth);
            if (!written)
                return false;
        }
        context.ItemIndex = null;
        _writer.WriteEndArray();
        return true;
    }

    /// <summary>Holds a <c>null</c> in the place of a value still to be loaded, to be filled once it is.</summary>
    private bool Defer(DeferredValue value)
    {
        _writer.WriteNullValue();
        value.HoleEnd = _segmentStart + (int)(_writer.BytesCommitted + _writer.BytesPending);
        _holes.Add(value);
        _deferred.Add(value);
        return true;
    }

    private bool WriteObject(PlannedSelection selection, object? source, PlanFieldContext? holder, int depth)
    {
        _execution.CancellationToken.ThrowIfCancellationRequested();
        _writer.WriteStartObject();
        foreach (var field in selection.Fields)
        {
            var context = Level(depth, holder);
            context.Set(source, field, selection.Type);
            if (!TryResolve(context, out var value))
                return false;
            if (DeferredValue.IsPending(value))
            {
                // Its resolver may read the context after this goes on: it keeps it, with its parents as they are now.
                context.Detach();
                _levels[depth] = null;
            }
            _writer.WritePropertyName(field.Key);
            if (!WriteValue(field.Definition.ResolvedType!, value, context, depth))
                return false;
        }
        _writer.WriteEndObject();
        return _buffer.Written + _writer.BytesPending <= _maxBytes || Stop(Outcome.NotThisRequest);
    }

    /// <summary>The field context of <paramref name="depth"/>, under the one whose field holds the object being written.</summary>
    private PlanFieldContext Level(int depth, PlanFieldContext? holder)
    {
        while (_levels.Count <= depth)
            _levels.Add(null);
        if (_levels[depth] is not { } context || context.Parent != holder)
            _levels[depth] = context = new PlanFieldContext(_execution, holder);
        return context;
    }

    /// <summary>
    /// Resolves a field: its value, or the pending result (a loader's, or the resolver's unfinished task) to wait for;
    /// false, with the reason kept, when its resolver failed.
    /// </summary>
    private bool TryResolve(PlanFieldContext context, out object? value)
    {
        value = null;
        ValueTask<object?> pending;
        try
        {
            pending = ResolverOf(context.Field.Definition).ResolveAsync(context);
        }
        catch (OperationCanceledException) when (_execution.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception)
        {
            return Stop(Outcome.NotThisRequest);
        }
        if (pending.IsCompletedSuccessfully)
        {
            value = pending.Result;
            return value is not Task || DeferredValue.IsPending(value) || Stop(Outcome.NotThisOperation);
        }
        if (!pending.IsCompleted)
        {
            value = pending.AsTask();
            return true;
        }
        if (pending.IsCanceled && _execution.CancellationToken.IsCancellationRequested)
            _execution.CancellationToken.ThrowIfCancellationRequested();
        _ = pending.AsTask().Exception;
        return Stop(Outcome.NotThisRequest);
    }

    private bool WriteScalar(ScalarGraphType scalar, object value, bool promised)
    {
        object? serialized;
        try
        {
            serialized = scalar.Serialize(value);
        }
        catch (Exception)
        {
            return Stop(Outcome.NotThisRequest);
        }
        switch (serialized)
        {
            case null:
                return promised ? Stop(Outcome.NotThisRequest) : WriteNull();
            case string text:
                _writer.WriteStringValue(text);
                break;
            case bool flag:
                _writer.WriteBooleanValue(flag);
                break;
            case int number:
                _writer.WriteNumberValue(number);
                break;
            case long number:
                _writer.WriteNumberValue(number);
                break;
            case decimal number:
                _writer.WriteNumberValue(number);
                break;
            default:
                JsonSerializer.Serialize(_writer, serialized, serialized.GetType(), _json);
                break;
        }
        return true;
    }

    private bool WriteNull()
    {
        _writer.WriteNullValue();
        return true;
    }

    private bool Stop(Outcome outcome)
    {
        if (outcome > _outcome)
            _outcome = outcome;
        return false;
    }

    private static IFieldResolver ResolverOf(FieldType field) => field.Resolver ?? NameFieldResolver.Instance;
}
