using System.ComponentModel;
using System.Reflection;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Api.Tests.Deployment;

/// <summary>
/// Whether the server reads an environment variable. <c>Section__Key</c> is read when <c>Key</c> binds to a settings
/// class of that section: a type of the Api or Grains assembly with a <c>public const string SectionName</c>. Deeper
/// names (<c>Section__Key__Sub</c>) follow nested properties; a dictionary takes any key, a list a number. Section
/// and key names ignore case, as the configuration binder does. Names the framework reads are in <see cref="FrameworkVariables"/>.
/// </summary>
public static class ServerSettings
{
    private const string Separator = "__";

    private static readonly ILookup<string, Type> SettingsClassesBySection =
        new[] { typeof(Program).Assembly, typeof(StorageOptions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => (Type: type, Section: SectionNameOf(type)))
            .Where(found => found.Section is not null)
            .ToLookup(found => found.Section!, found => found.Type, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Sections => SettingsClassesBySection.Select(group => group.Key).Order(StringComparer.Ordinal);

    public static bool Reads(string environmentVariableName) =>
        FrameworkVariables.Reads(environmentVariableName) || BindsToASettingsClass(environmentVariableName);

    /// <summary>Whether <paramref name="key"/> (<c>Key</c> or <c>Key__Sub</c>) names a value the binder sets on <paramref name="settingsClass"/>.</summary>
    public static bool KeyBindsTo(Type settingsClass, string key) => Binds(settingsClass, key.Split(Separator));

    private static bool BindsToASettingsClass(string name)
    {
        var path = name.Split(Separator);
        return path.Length > 1 && SettingsClassesBySection[path[0]].Any(settingsClass => Binds(settingsClass, path.AsSpan(1)));
    }

    private static bool Binds(Type type, ReadOnlySpan<string> path)
    {
        if (path.IsEmpty)
            return IsValue(type);
        if (path[0].Length == 0)
            return false;
        if (DictionaryValueType(type) is { } valueType)
            return Binds(valueType, path[1..]);
        if (ElementType(type) is { } elementType)
            return int.TryParse(path[0], out var index) && index >= 0 && Binds(elementType, path[1..]);
        if (IsValue(type))
            return false;
        var property = type.GetProperty(path[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is not null && IsBound(property) && Binds(property.PropertyType, path[1..]);
    }

    /// <summary>The binder sets a property with a public setter, and fills a get-only object, dictionary or list in place.</summary>
    private static bool IsBound(PropertyInfo property) =>
        property.GetIndexParameters().Length == 0 &&
        (property.SetMethod is { IsPublic: true } || (property.GetMethod is { IsPublic: true } && !IsValue(property.PropertyType)));

    /// <summary>A value is what the binder converts from one string, as it does: through the type's converter.</summary>
    private static bool IsValue(Type type) =>
        TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).CanConvertFrom(typeof(string));

    private static Type? DictionaryValueType(Type type) =>
        GenericInterfaces(type)
            .Where(candidate => candidate.GetGenericTypeDefinition() is var definition &&
                                (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
            .Select(candidate => candidate.GetGenericArguments()[1])
            .FirstOrDefault();

    private static Type? ElementType(Type type) =>
        type.IsArray
            ? type.GetElementType()
            : type == typeof(string)
                ? null
                : GenericInterfaces(type).Where(candidate => candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                    .Select(candidate => candidate.GetGenericArguments()[0])
                    .FirstOrDefault();

    private static IEnumerable<Type> GenericInterfaces(Type type) =>
        (type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces()).Where(candidate => candidate.IsGenericType);

    private static string? SectionNameOf(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.FieldType == typeof(string)
            ? (string?)field.GetRawConstantValue()
            : null;
}
