using System.Text.Json;
using NamDinh.Graph.Domain.Serialization;
using Orleans.Storage;

namespace NamDinh.Graph.Grains.Storage;

/// <summary>
/// Stores grain state as JSON in the domain's one shape (<see cref="ReportJson"/>), chosen on purpose over
/// Orleans' default: a stored report reads like its seed file, and renaming a C# type does not orphan rows.
/// </summary>
public sealed class ReportJsonGrainStorageSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, ReportJson.Options));

    public T Deserialize<T>(BinaryData input) =>
        JsonSerializer.Deserialize<T>(input.ToMemory().Span, ReportJson.Options)
        ?? throw new InvalidDataException($"Stored state holds no {typeof(T).Name}.");
}
