using YamlDotNet.RepresentationModel;

namespace NamDinh.Graph.Api.Tests.Deployment;

/// <summary>Reads a YAML tree by paths of mapping keys; a path that leads nowhere gives null or nothing, never an exception.</summary>
public static class YamlNodes
{
    public static YamlNode? At(this YamlNode node, params string[] path)
    {
        YamlNode? current = node;
        foreach (var key in path)
            current = current is YamlMappingNode mapping
                ? mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value
                : null;
        return current;
    }

    public static string? Text(this YamlNode node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode node, params string[] path) =>
        node.At(path) is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<string> Keys(this YamlNode node, params string[] path) =>
        node.At(path) is YamlMappingNode mapping
            ? mapping.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value!)
            : [];
}
