using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace NamDinh.Graph.Abstractions.Serialization;

/// <summary>
/// The domain model stays free of Orleans, so its types carry no [GenerateSerializer]. Orleans sends them
/// between grains as JSON in the one shape the domain defines (<see cref="ReportJson"/>), the same shape
/// the seed files and stored state use. Within a silo nothing is sent, and nothing is copied: domain values are
/// immutable records (a change makes a new one), so a grain call hands them over as they are, as Orleans does for
/// types marked [Immutable]. Register this on every silo and client.
/// </summary>
public static class DomainSerialization
{
    public static ISerializerBuilder AddDomainTypes(this ISerializerBuilder serializer)
    {
        serializer.Services.AddSingleton<IGeneralizedCopier, DomainValuesAreImmutable>();
        return serializer.AddJsonSerializer(
            isSerializable: IsDomainType,
            isCopyable: _ => false,
            configureOptions: options => options.Configure(json => json.SerializerOptions = ReportJson.Options));
    }

    public static bool IsDomainType(Type type) => type.Assembly == typeof(Report).Assembly;

    /// <summary>The copy of an immutable value is the value itself.</summary>
    private sealed class DomainValuesAreImmutable : IGeneralizedCopier
    {
        public bool IsSupportedType(Type type) => IsDomainType(type);

        public object? DeepCopy(object? input, CopyContext context) => input;
    }
}
