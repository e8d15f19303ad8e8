using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;
using Orleans.Serialization;

namespace NamDinh.Graph.Abstractions.Serialization;

/// <summary>
/// The domain model stays free of Orleans, so its types carry no [GenerateSerializer]. Orleans sends them
/// between grains as JSON in the one shape the domain defines (<see cref="ReportJson"/>), the same shape
/// the seed files and stored state use. Register this on every silo and client.
/// </summary>
public static class DomainSerialization
{
    public static ISerializerBuilder AddDomainTypes(this ISerializerBuilder serializer) =>
        serializer.AddJsonSerializer(
            isSupported: IsDomainType,
            jsonSerializerOptions: ReportJson.Options);

    public static bool IsDomainType(Type type) => type.Assembly == typeof(Report).Assembly;
}
