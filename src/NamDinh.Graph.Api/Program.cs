using System.Net;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Hosting;
using NamDinh.Graph.Api.Schema;
using NamDinh.Graph.Api.Transport;
using NamDinh.Graph.Grains.Seeding;
using NamDinh.Graph.Grains.Storage;

if (args is [TokenCommand.Name, .. var tokenArgs])
{
    var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory }).Configuration;
    return TokenCommand.Run(tokenArgs, configuration, Console.Out, Console.Error);
}

// The settings files sit beside the program, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

var storage = builder.Configuration.Section<StorageOptions>(StorageOptions.SectionName);
var seeding = builder.Configuration.Section<SeedingOptions>(SeedingOptions.SectionName);
var orleans = builder.Configuration.Section<OrleansHostingOptions>(OrleansHostingOptions.SectionName);
builder.UseOrleans(silo => silo
    .UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, new IPEndPoint(IPAddress.Loopback, orleans.PrimarySiloPort ?? orleans.SiloPort))
    .AddReportGrains(storage, seeding));

builder.Services.AddNamDinhAuth(builder.Configuration);
builder.Services.AddNamDinhGraphQL(builder.Configuration);

var app = builder.Build();
app.MapGraphQLHttp("/graphql");
app.Run();
return 0;

/// <summary>The entry point, public for the tests' WebApplicationFactory.</summary>
public partial class Program;
