using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace NamDinh.Graph.Api.Tests.Operations;

/// <summary>
/// Every GraphQL operation leaves one structured log entry (category RequestLog) whose fields an operator can filter
/// on: the operation's type and name, the error codes it answered, and the correlation id the client got in the
/// X-Correlation-Id header. A request refused before it ran (by validation, or a document that does not parse) is
/// logged too, with the codes it answered.
/// </summary>
public sealed class EachOperationIsLoggedWithItsName(EachOperationIsLoggedWithItsName.LoggedServer server)
    : IClassFixture<EachOperationIsLoggedWithItsName.LoggedServer>
{
    private const string Category = "NamDinh.Graph.Api.Execution.RequestLog";

    [Fact]
    public async Task A_named_query_is_logged_with_its_type_name_and_correlation_id()
    {
        var (correlationId, _) = await PostAsync("""query WhoIsFirst { report(province: "nam-dinh", year: 2021) { version } }""");

        var entry = EntryOf(correlationId);
        Assert.Equal("query", entry["OperationType"]);
        Assert.Equal("WhoIsFirst", entry["OperationName"]);
        Assert.Equal("none", entry["ErrorCodes"]);
        Assert.Equal("POST", entry["Transport"]);
        Assert.IsType<double>(entry["ElapsedMs"]);
    }

    [Fact]
    public async Task A_mutation_is_logged_as_a_mutation()
    {
        var (correlationId, answer) = await PostAsync("""
            mutation CreateOne { createReport(input: { province: "ha-nam", year: 2093, synthetic: true }) { applied } }
            """);

        Assert.Empty(answer.Errors);
        var entry = EntryOf(correlationId);
        Assert.Equal("mutation", entry["OperationType"]);
        Assert.Equal("CreateOne", entry["OperationName"]);
        Assert.Equal("none", entry["ErrorCodes"]);
    }

    [Fact]
    public async Task A_request_refused_by_validation_is_logged_with_the_codes_it_answered()
    {
        var (correlationId, answer) = await PostAsync("""query Broken { report(province: "nam-dinh", year: 2021) { noSuchField } }""");

        var code = answer.FirstErrorCode;
        Assert.NotNull(code);
        var entry = EntryOf(correlationId);
        Assert.Equal("Broken", entry["OperationName"]);
        Assert.Equal(code, entry["ErrorCodes"]);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_logged_as_refused()
    {
        var (correlationId, answer) = await PostAsync("query Cut { report(");

        var code = answer.FirstErrorCode;
        Assert.NotNull(code);
        var entry = EntryOf(correlationId);
        Assert.Equal("refused", entry["OperationType"]);
        Assert.Equal(code, entry["ErrorCodes"]);
    }

    private async Task<(string CorrelationId, GraphQLAnswer Answer)> PostAsync(string query, string? operationName = null)
    {
        var response = await server.Server.CreateClient().PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query, operationName }));
        var answer = await GraphQLAnswer.ReadAsync(response);
        return (Assert.Single(response.Headers.GetValues("X-Correlation-Id")), answer);
    }

    /// <summary>The one RequestLog entry of the request with <paramref name="correlationId"/>, as its fields.</summary>
    private IReadOnlyDictionary<string, object?> EntryOf(string correlationId)
    {
        var entries = server.Log.Entries.Where(entry => entry.Category == Category).ToList();
        Assert.NotEmpty(entries);
        var entry = Assert.Single(entries, entry => Equals(entry.Fields.GetValueOrDefault("CorrelationId"), correlationId));
        Assert.Equal(LogLevel.Information, entry.Level);
        return entry.Fields;
    }

    /// <summary>A server of its own, whose log is captured.</summary>
    public sealed class LoggedServer : IDisposable
    {
        private readonly ApiFactory _api = new();

        public LoggedServer() =>
            Server = _api.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(Log)));

        public CapturedLog Log { get; } = new();

        public WebApplicationFactory<Program> Server { get; }

        public void Dispose()
        {
            Server.Dispose();
            _api.Dispose();
        }
    }

    public sealed record Entry(string Category, LogLevel Level, IReadOnlyDictionary<string, object?> Fields);

    /// <summary>Keeps each log entry's structured state: the named values of its message template.</summary>
    public sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (state is IReadOnlyList<KeyValuePair<string, object?>> fields)
                    log.Entries.Enqueue(new Entry(category, logLevel, fields.ToDictionary(field => field.Key, field => field.Value)));
            }
        }
    }
}
