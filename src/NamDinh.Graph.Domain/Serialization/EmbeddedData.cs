using System.Text.Json;

namespace NamDinh.Graph.Domain.Serialization;

/// <summary>Reads the reference and seed data compiled into the domain assembly.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The domain assembly has no embedded resource '{name}'.");

    public static IEnumerable<string> Names(string prefix) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)).Order();

    public static T ReadJson<T>(string name)
    {
        using var stream = Open(name);
        return JsonSerializer.Deserialize<T>(stream, ReportJson.Options)
            ?? throw new InvalidDataException($"Embedded resource '{name}' holds no {typeof(T).Name}.");
    }
}
