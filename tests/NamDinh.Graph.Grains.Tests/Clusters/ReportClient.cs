using Microsoft.Extensions.Configuration;
using NamDinh.Graph.Abstractions.Serialization;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace NamDinh.Graph.Grains.Tests.Clusters;

/// <summary>The test's client: like every client, it sends and receives domain types as JSON.</summary>
public sealed class ReportClient : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.Services.AddSerializer(serializer => serializer.AddDomainTypes());
}
