using Orleans.Hosting.Kubernetes;

namespace NamDinh.Graph.Api.Tests.Deployment;

/// <summary>
/// The environment variables that the framework and libraries under the server read, not its settings classes: each
/// exact name, or family of names by prefix, with why it is read. Names compare exactly as written.
/// </summary>
public static class FrameworkVariables
{
    private static readonly (string Name, string Reason)[] Names =
    [
        ("ASPNETCORE_URLS", "ASP.NET Core's host: the addresses HTTP listens on."),
        ("ASPNETCORE_ENVIRONMENT", "ASP.NET Core's host: Production or Development, which picks appsettings.{Environment}.json."),
        (KubernetesHostingOptions.PodNameEnvironmentVariable, "Orleans Kubernetes hosting: the silo is named after its pod."),
        (KubernetesHostingOptions.PodNamespaceEnvironmentVariable, "Orleans Kubernetes hosting: the namespace whose pods it watches."),
        (KubernetesHostingOptions.PodIPEnvironmentVariable, "Orleans Kubernetes hosting: the address the silo advertises to the others."),
        (KubernetesHostingOptions.ClusterIdEnvironmentVariable, "Orleans Kubernetes hosting: the cluster id, from the pod's orleans/clusterId label."),
        (KubernetesHostingOptions.ServiceIdEnvironmentVariable, "Orleans Kubernetes hosting: the service id, from the pod's orleans/serviceId label."),
    ];

    private static readonly (string Prefix, string Reason)[] Families =
    [
        ("Logging__", "Microsoft.Extensions.Logging's section: log levels by category and the console formatter (json)."),
        ("DOTNET_", "The .NET host and runtime, e.g. DOTNET_GCHeapHardLimit."),
        ("OTEL_", "The OpenTelemetry SDK's own variables, e.g. OTEL_RESOURCE_ATTRIBUTES."),
    ];

    public static bool Reads(string name) =>
        Names.Any(entry => entry.Name == name) ||
        Families.Any(family => name.Length > family.Prefix.Length && name.StartsWith(family.Prefix, StringComparison.Ordinal));
}
