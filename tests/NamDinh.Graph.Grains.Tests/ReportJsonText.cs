using System.Text.Json;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Grains.Tests;

internal static class ReportJsonText
{
    /// <summary>A report in the domain's one JSON shape; records holding lists do not compare by value, this text does.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ReportJson.Options);
}
