using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Abstractions.Serialization;
using NamDinh.Graph.Domain.Serialization;
using Orleans.Serialization;

namespace NamDinh.Graph.Abstractions.Tests;

/// <summary>Orleans' serializer and copier set up as every silo and client sets them up, with the domain types added.</summary>
internal static class OrleansWithDomainTypes
{
    private static readonly ServiceProvider Services =
        new ServiceCollection().AddSerializer(serializer => serializer.AddDomainTypes()).BuildServiceProvider();

    public static Serializer Serializer => Services.GetRequiredService<Serializer>();

    public static DeepCopier Copier => Services.GetRequiredService<DeepCopier>();

    /// <summary>What Orleans delivers on the other side of a grain call.</summary>
    public static T SentAcross<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    /// <summary>
    /// A value in the domain's one JSON shape. Records holding lists do not compare by value,
    /// so two values are the same when this text is.
    /// </summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ReportJson.Options);
}
