using YamlDotNet.RepresentationModel;

namespace NamDinh.Graph.Api.Tests.Deployment;

/// <summary>One object of a manifest file: its kind, its name and its whole YAML tree.</summary>
public sealed record KubernetesObject(string File, string Kind, string Name, YamlMappingNode Yaml);

/// <summary>
/// The manifests of deploy/kubernetes, read as YAML, and the environment variables they give the server: the names of
/// its containers' <c>env</c> entries and the keys of every ConfigMap and Secret (which reach the pods through
/// <c>envFrom</c> and <c>secretKeyRef</c> under the same names).
/// </summary>
public sealed class KubernetesManifests
{
    public const string Folder = "deploy/kubernetes";
    public const string KustomizationFile = "kustomization.yaml";
    public const string SecretTemplateFile = "secret.template.yaml";

    private KubernetesManifests(IReadOnlyList<KubernetesObject> objects) => Objects = objects;

    /// <summary>Every object of every file, the kustomization and the Secret's template included.</summary>
    public IReadOnlyList<KubernetesObject> Objects { get; }

    public static KubernetesManifests Load()
    {
        var objects = new List<KubernetesObject>();
        foreach (var path in Directory.EnumerateFiles(RepositoryFiles.PathOf(Folder), "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
                stream.Load(reader);
            foreach (var document in stream.Documents)
                if (document.RootNode is YamlMappingNode root)
                    objects.Add(new KubernetesObject(Path.GetFileName(path), root.Text("kind") ?? "", root.Text("metadata", "name") ?? "", root));
        }
        return new KubernetesManifests(objects);
    }

    public IEnumerable<KubernetesObject> OfKind(string kind) => Objects.Where(item => item.Kind == kind);

    public KubernetesObject Single(string kind) => Assert.Single(OfKind(kind));

    /// <summary>The containers of every workload (Deployments, StatefulSets, Jobs…): whatever has a pod template.</summary>
    public IEnumerable<YamlNode> Containers =>
        Objects.SelectMany(item => item.Yaml.Items("spec", "template", "spec", "containers")
            .Concat(item.Yaml.Items("spec", "template", "spec", "initContainers")));

    public IReadOnlyList<string> EnvironmentVariableNames()
    {
        var fromContainers = Containers.SelectMany(container => container.Items("env")).Select(entry => entry.Text("name"));
        var fromConfigMaps = OfKind("ConfigMap").SelectMany(configMap => configMap.Yaml.Keys("data"));
        var fromSecrets = OfKind("Secret").SelectMany(secret => secret.Yaml.Keys("data").Concat(secret.Yaml.Keys("stringData")));
        return fromContainers.Concat(fromConfigMaps).Concat(fromSecrets).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyDictionary<string, string?> ConfigMapData(string name) =>
        OfKind("ConfigMap").Single(configMap => configMap.Name == name).Yaml.At("data") is YamlMappingNode data
            ? data.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => (pair.Value as YamlScalarNode)?.Value)
            : new Dictionary<string, string?>();

    /// <summary>The files <c>kubectl apply -k</c> applies.</summary>
    public IReadOnlyList<string> KustomizationResources =>
        Single("Kustomization").Yaml.Items("resources").Select(resource => ((YamlScalarNode)resource).Value!).ToList();
}
