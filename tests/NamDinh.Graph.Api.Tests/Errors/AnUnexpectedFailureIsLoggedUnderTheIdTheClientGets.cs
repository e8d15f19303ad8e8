using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NamDinh.Graph.Abstractions.Reports;

namespace NamDinh.Graph.Api.Tests.Errors;

/// <summary>
/// In Production, a failure no resolver expected (here: storage refusing a read of the past, with its address in the
/// message) reaches the client as INTERNAL_SERVER_ERROR with a correlation id and nothing else: no exception type, no
/// message, no stack, no storage detail. The log has all of it under the same id, which the X-Correlation-Id header carries too.
/// </summary>
public sealed class AnUnexpectedFailureIsLoggedUnderTheIdTheClientGets : IDisposable
{
    private const string StorageDetail = "table NamDinhGraphGrainState at 10.0.0.7:10002 refused the read";

    private readonly ApiFactory _api = new();
    private readonly CapturedLog _log = new();
    private readonly WebApplicationFactory<Program> _server;

    public AnUnexpectedFailureIsLoggedUnderTheIdTheClientGets() =>
        _server = _api.WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .ConfigureLogging(logging => logging.AddProvider(_log))
            .ConfigureServices(services => services.AddSingleton<IIncomingGrainCallFilter>(new FailingPastReads())));

    [Fact]
    public async Task The_client_gets_a_code_and_an_id_and_the_log_gets_the_rest()
    {

        var response = await _server.CreateClient().PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new
        {
            query = "{ report(province: \"nam-dinh\", year: 2021, version: 1) { version } }",
        }));
        var answer = await GraphQLAnswer.ReadAsync(response);

        var error = Assert.Single(answer.Errors)!;
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        var correlationId = error["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.Equal(correlationId, Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
        Assert.DoesNotContain("10.0.0.7", answer.Text);
        Assert.DoesNotContain("Exception", answer.Text);
        Assert.DoesNotContain("   at ", answer.Text);
        var logged = Assert.Single(_log.Entries, entry => entry.Message.Contains(correlationId));
        Assert.Contains(StorageDetail, logged.Exception?.ToString());
    }

    public void Dispose()
    {
        _server.Dispose();
        _api.Dispose();
    }

    /// <summary>Makes every read of a report's past fail as a storage outage would, with the kind of detail no client may see.</summary>
    private sealed class FailingPastReads : IIncomingGrainCallFilter
    {
        public Task Invoke(IIncomingGrainCallContext context) =>
            context.InterfaceMethod.Name == nameof(IReportGrain.GetAsOfAsync)
                ? throw new InvalidOperationException(StorageDetail)
                : context.Invoke();
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<(string Message, Exception? Exception)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLog log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                    log.Entries.Enqueue((formatter(state, exception), exception));
            }
        }
    }
}
