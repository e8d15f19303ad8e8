using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Transport.WebSockets;

public sealed class GraphQLWebSocketOptionsValidator : IValidateOptions<GraphQLWebSocketOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLWebSocketOptions options) =>
        new SettingChecks(GraphQLWebSocketOptions.SectionName)
            .Positive(options.ConnectionInitTimeout)
            .NotNegative(options.KeepAliveInterval)
            .AtLeast(options.MaxQueuedMessages, 1)
            .AtLeast(options.MaxQueuedBytes, 1)
            .AtLeast(options.MaxMessageBytes, 1)
            .AtLeast(options.MaxSubscriptionsPerConnection, 1)
            .AtLeast(options.MaxExecutingPerConnection, 1)
            .AtLeast(options.MaxConnectionsPerClient, 1)
            .Result;
}
