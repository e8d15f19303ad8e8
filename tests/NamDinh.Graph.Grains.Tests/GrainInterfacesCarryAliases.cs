using System.CodeDom.Compiler;
using System.Reflection;
using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Abstractions.Reports;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// A rolling upgrade runs silos of two releases in one cluster. Orleans names a grain interface on the wire by its
/// [Alias], or else by its full type name, and a method by its alias, or else by a hash of its signature; so every
/// interface a grain call goes through, and each of its methods, carries an alias of its own, and a rename, a move
/// or a new overload does not break calls between the releases. The interfaces are found by reflection over our
/// assemblies (those this project references: the domain, the abstractions, the grains), so a new one is held to
/// this without being listed.
/// </summary>
public sealed class GrainInterfacesCarryAliases
{
    private const BindingFlags DeclaredMethods =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>Every NamDinh.Graph assembly built beside these tests.</summary>
    private static readonly Assembly[] Ours =
    [
        .. Directory.GetFiles(AppContext.BaseDirectory, "NamDinh.Graph.*.dll")
            .Select(file => Assembly.Load(AssemblyName.GetAssemblyName(file))),
    ];

    /// <summary>
    /// Grain and grain observer interfaces (all are <see cref="IAddressable"/>), and the interfaces of ours they
    /// inherit: a call to an inherited method goes by the interface that declares it, grain interface or not
    /// (<see cref="IProvinceAggregateGrain{T}"/>).
    /// </summary>
    private static readonly Type[] Interfaces =
    [
        .. Ours.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsInterface && typeof(IAddressable).IsAssignableFrom(type))
            .SelectMany(type => type.GetInterfaces().Prepend(type))
            .Where(type => Ours.Contains(type.Assembly))
            .Select(type => type.IsGenericType ? type.GetGenericTypeDefinition() : type)
            .Distinct()
            .OrderBy(type => type.FullName, StringComparer.Ordinal),
    ];

    [Fact]
    public void TheInterfacesFoundIncludeThoseWeKnow()
    {
        Assert.Contains(typeof(IReportGrain), Interfaces);
        Assert.Contains(typeof(IReportCatalogGrain), Interfaces);
        Assert.Contains(typeof(ISectorFiguresGrain), Interfaces);
        Assert.Contains(typeof(IProvinceAggregateGrain<>), Interfaces);
        Assert.Contains(typeof(Grains.Reports.ReportGrain).Assembly, Ours);
    }

    [Fact]
    public void EveryInterfaceHasAnAlias() =>
        None("Interfaces without [Alias]", Interfaces.Where(type => AliasOf(type) is null).Select(Name));

    [Fact]
    public void EveryMethodHasAnAlias() =>
        None("Methods without [Alias]", Interfaces
            .SelectMany(type => MethodsOf(type).Where(method => AliasOf(method) is null).Select(method => $"{Name(type)}.{method.Name}")));

    /// <summary>
    /// Type aliases share one name space across the cluster (Orleans' generated code aside, which aliases its own); a
    /// method's need only differ from its interface's others.
    /// </summary>
    [Fact]
    public void NoTwoAliasesAreTheSame()
    {
        var types = Ours.SelectMany(assembly => assembly.GetTypes())
            .Where(type => AliasOf(type) is not null && type.GetCustomAttribute<GeneratedCodeAttribute>() is null)
            .GroupBy(type => AliasOf(type)!, StringComparer.Ordinal)
            .Where(same => same.Count() > 1)
            .Select(same => $"\"{same.Key}\": {string.Join(", ", same.Select(Name))}");
        var methods = Interfaces
            .SelectMany(type => MethodsOf(type)
                .Where(method => AliasOf(method) is not null)
                .GroupBy(method => AliasOf(method)!, StringComparer.Ordinal)
                .Where(same => same.Count() > 1)
                .Select(same => $"{Name(type)} \"{same.Key}\": {string.Join(", ", same.Select(method => method.ToString()))}"));

        None("Aliases given twice", types.Concat(methods));
    }

    private static void None(string what, IEnumerable<string> found)
    {
        var list = found.ToList();
        Assert.True(list.Count == 0, $"{what}:\n{string.Join("\n", list)}");
    }

    private static IEnumerable<MethodInfo> MethodsOf(Type type) =>
        type.GetMethods(DeclaredMethods).Where(method => !method.IsSpecialName);

    private static string? AliasOf(MemberInfo member) =>
        member.GetCustomAttribute<AliasAttribute>() is { Alias: { Length: > 0 } alias } && !string.IsNullOrWhiteSpace(alias) ? alias : null;

    private static string Name(Type type) => type.FullName ?? type.Name;
}
