namespace NamDinh.Graph.Cli.Tests;

/// <summary>Passes requests on to the server and keeps the body of each, to tell what the tool sent.</summary>
public sealed class RecordingHandler(HttpMessageHandler server) : DelegatingHandler(server)
{
    private readonly List<string> _bodies = [];

    public IReadOnlyList<string> Bodies => _bodies;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
