using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Hosting;
using NamDinh.Graph.Api.Hosting.Health;
using NamDinh.Graph.Api.Hosting.Memory;
using NamDinh.Graph.Api.Hosting.Pages;
using NamDinh.Graph.Api.Hosting.Telemetry;
using NamDinh.Graph.Api.Schema;
using NamDinh.Graph.Api.Transport;
using NamDinh.Graph.Api.Transport.Clients;
using NamDinh.Graph.Api.Transport.Http;
using NamDinh.Graph.Grains.Seeding;
using NamDinh.Graph.Grains.Storage;

if (args is [TokenCommand.Name, .. var tokenArgs])
{
    var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory }).Configuration;
    return TokenCommand.Run(tokenArgs, configuration, Console.Out, Console.Error);
}

// The settings files sit beside the program, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Each section is bound and checked here, so that a bad value stops the start naming the setting, before the silo is built.
var storage = builder.Services.AddSettings(builder.Configuration, StorageOptions.SectionName, new StorageOptionsValidator());
var seeding = builder.Services.AddSettings<SeedingOptions>(builder.Configuration, SeedingOptions.SectionName);
var orleans = builder.Services.AddSettings(builder.Configuration, OrleansHostingOptions.SectionName, new OrleansHostingOptionsValidator(storage));
var telemetry = builder.Services.AddSettings(builder.Configuration, TelemetryOptions.SectionName, new TelemetryOptionsValidator());
builder.UseOrleans(silo =>
{
    silo.UseConfiguredClustering(orleans, storage)
        .AddReportGrains(storage, seeding)
        .AddDashboardWhenOn(orleans);
    if (telemetry.Enabled)
        silo.AddActivityPropagation();
});

builder.Services.AddNamDinhAuth(builder.Configuration);
builder.Services.AddDashboardAccess(orleans);
builder.Services.AddNamDinhGraphQL(builder.Configuration, telemetry);
builder.Services.AddNamDinhHealth();
builder.Services.AddCrossOriginAccess(builder.Configuration);
builder.Services.AddForwardedHeadersFromKnownProxies(builder.Configuration);
builder.Services.AddClientRateLimiting(builder.Configuration, GraphQLPath);
builder.Services.CutOffSlowReaders();
builder.Services.AddNamDinhTelemetry(telemetry);
builder.Services.AddSettings(builder.Configuration, MemoryTrimOptions.SectionName, new MemoryTrimOptionsValidator());
builder.Services.AddHostedService<IdleMemoryTrim>();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseCrossOriginAccess();
// The per-client limits know a valid token's subject: WebApplication authenticates before any middleware here.
app.UseClientRateLimiting();
app.MapNamDinhHealth();
app.MapNamDinhStatus();
app.MapDashboardWhenOn(orleans);
app.MapPages();
app.MapGraphQLTransports(GraphQLPath);
app.Run();
return 0;

/// <summary>The entry point, public for the tests' WebApplicationFactory.</summary>
public partial class Program
{
    private const string GraphQLPath = "/graphql";
}
