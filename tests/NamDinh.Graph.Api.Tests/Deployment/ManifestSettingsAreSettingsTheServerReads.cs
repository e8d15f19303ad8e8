using Orleans.Hosting.Kubernetes;
using YamlDotNet.RepresentationModel;

namespace NamDinh.Graph.Api.Tests.Deployment;

/// <summary>
/// The Kubernetes manifests pass the server its settings as environment variables. A misspelt or retired name would be
/// ignored without a word and the server would run on its defaults, so every name must be one the server reads; and
/// the manifests must set what a three-node cluster on Azure Table Storage needs.
/// </summary>
public sealed class ManifestSettingsAreSettingsTheServerReads
{
    private const string ServerContainer = "server";
    private static readonly KubernetesManifests Manifests = KubernetesManifests.Load();

    [Fact]
    public void Every_variable_the_manifests_pass_is_read_by_the_server()
    {
        var names = Manifests.EnvironmentVariableNames();
        Assert.NotEmpty(names);

        var unread = names.Where(name => !ServerSettings.Reads(name)).ToList();
        Assert.True(unread.Count == 0,
            $"{KubernetesManifests.Folder} passes variables the server does not read: {string.Join(", ", unread)}. A Section__Key " +
            $"name must be a settable property of a settings class of one of the sections {string.Join(", ", ServerSettings.Sections)}; " +
            "a name the framework reads must be on FrameworkVariables' list, with its reason.");
    }

    [Theory]
    [InlineData("Storage__ConectionString")]
    [InlineData("Storag__Provider")]
    [InlineData("Storage")]
    [InlineData("Storage__")]
    [InlineData("Storage__ReportTableName")]
    [InlineData("Storage__ConnectionString__Secondary")]
    [InlineData("POD_NAMES")]
    [InlineData("Logging__")]
    public void A_name_the_server_does_not_read_is_refused(string name) =>
        Assert.False(ServerSettings.Reads(name), $"{name} is not a setting the server reads, yet the check accepts it.");

    [Theory]
    [InlineData("Storage__ConnectionString")]
    [InlineData("storage__connectionstring")]
    [InlineData("Limits__MaxDepth")]
    [InlineData("WebSockets__ConnectionInitTimeout")]
    [InlineData("Seeding__SyntheticSeed")]
    [InlineData("Logging__LogLevel__Orleans")]
    [InlineData("POD_IP")]
    public void A_name_the_server_reads_is_accepted(string name) =>
        Assert.True(ServerSettings.Reads(name), $"{name} is a setting the server reads, yet the check refuses it.");

    [Fact]
    public void Nested_keys_follow_properties_and_a_dictionary_takes_any_key()
    {
        Assert.True(ServerSettings.KeyBindsTo(typeof(SampleSettings), "Retry__Attempts"));
        Assert.False(ServerSettings.KeyBindsTo(typeof(SampleSettings), "Retry__Atempts"));
        Assert.False(ServerSettings.KeyBindsTo(typeof(SampleSettings), "Retry"));
        Assert.True(ServerSettings.KeyBindsTo(typeof(SampleSettings), "Headers__X-Anything"));
        Assert.False(ServerSettings.KeyBindsTo(typeof(SampleSettings), "Headers"));
        Assert.True(ServerSettings.KeyBindsTo(typeof(SampleSettings), "Hosts__0"));
        Assert.False(ServerSettings.KeyBindsTo(typeof(SampleSettings), "Hosts__first"));
    }

    [Fact]
    public void The_manifests_set_what_a_cluster_on_Azure_Table_Storage_needs()
    {
        var names = Manifests.EnvironmentVariableNames();
        foreach (var required in new[] { "Storage__Provider", "Storage__ConnectionString", "Orleans__Membership", "Orleans__Kubernetes", "Auth__SigningKey" })
            Assert.Contains(required, names);

        var settings = Manifests.ConfigMapData("namdinh-graph-settings");
        Assert.Equal("AzureTable", settings["Storage__Provider"]);
        Assert.Equal("AzureTable", settings["Orleans__Membership"]);
        Assert.Equal("true", settings["Orleans__Kubernetes"]);
    }

    [Fact]
    public void Three_replicas_are_probed_on_the_health_endpoints()
    {
        Assert.Equal("3", Manifests.Single("Deployment").Yaml.Text("spec", "replicas"));

        var server = Assert.Single(Manifests.Containers, container => container.Text("name") == ServerContainer);
        Assert.Equal("/health/live", server.Text("livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/ready", server.Text("readinessProbe", "httpGet", "path"));
        Assert.Equal("/health/live", server.Text("startupProbe", "httpGet", "path"));
        var httpPort = Assert.Single(server.Items("ports"), port => port.Text("name") == "http");
        Assert.Equal("8080", httpPort.Text("containerPort"));
    }

    [Fact]
    public void The_pods_carry_the_labels_Orleans_Kubernetes_hosting_reads_their_ids_from()
    {
        var template = Manifests.Single("Deployment").Yaml.At("spec", "template")!;
        Assert.NotNull(template.Text("metadata", "labels", KubernetesHostingOptions.ServiceIdLabel));
        Assert.NotNull(template.Text("metadata", "labels", KubernetesHostingOptions.ClusterIdLabel));

        var server = Assert.Single(Manifests.Containers, container => container.Text("name") == ServerContainer);
        string? FieldOf(string variable) =>
            server.Items("env").Single(entry => entry.Text("name") == variable).Text("valueFrom", "fieldRef", "fieldPath");
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ServiceIdLabel}']", FieldOf(KubernetesHostingOptions.ServiceIdEnvironmentVariable));
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ClusterIdLabel}']", FieldOf(KubernetesHostingOptions.ClusterIdEnvironmentVariable));
        Assert.Equal("metadata.name", FieldOf(KubernetesHostingOptions.PodNameEnvironmentVariable));
        Assert.Equal("metadata.namespace", FieldOf(KubernetesHostingOptions.PodNamespaceEnvironmentVariable));
        Assert.Equal("status.podIP", FieldOf(KubernetesHostingOptions.PodIPEnvironmentVariable));
    }

    [Fact]
    public void Applying_the_kustomization_applies_every_manifest_but_never_the_secret_template()
    {
        var files = Manifests.Objects.Select(item => item.File)
            .Where(file => file is not KubernetesManifests.KustomizationFile and not KubernetesManifests.SecretTemplateFile)
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(files, Manifests.KustomizationResources.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_config_map_secret_key_and_service_account_the_deployment_names_is_declared()
    {
        var deployment = Manifests.Single("Deployment").Yaml;
        var server = Assert.Single(Manifests.Containers, container => container.Text("name") == ServerContainer);

        Assert.Contains(deployment.Text("spec", "template", "spec", "serviceAccountName"), Manifests.OfKind("ServiceAccount").Select(account => account.Name));
        foreach (var source in server.Items("envFrom"))
            Assert.Contains(source.Text("configMapRef", "name"), Manifests.OfKind("ConfigMap").Select(configMap => configMap.Name));

        var secret = Manifests.Single("Secret");
        foreach (var reference in server.Items("env").Select(entry => entry.At("valueFrom", "secretKeyRef")).OfType<YamlNode>())
        {
            Assert.Equal(secret.Name, reference.Text("name"));
            Assert.Contains(reference.Text("key"), secret.Yaml.Keys("stringData"));
        }
    }

    private sealed class SampleSettings
    {
        public RetrySettings Retry { get; set; } = new();

        public Dictionary<string, string> Headers { get; } = [];

        public List<string> Hosts { get; set; } = [];
    }

    private sealed class RetrySettings
    {
        public int Attempts { get; set; }
    }
}
