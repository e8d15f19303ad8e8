using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Api.Tests.Deployment;

/// <summary>
/// Every settings class is bound and checked at start: a bad value stops the server before it serves anything, with a
/// message that begins with the setting as the operator wrote it. The defaults start, and are what the classes say.
/// </summary>
public sealed class ABadSettingStopsTheStartNamingIt
{
    /// <summary>Settings classes whose every value the binder accepts is a valid one.</summary>
    private static readonly string[] Unchecked = ["Changes", "Execution", "Seeding"];

    /// <summary>The sections the test server sets for itself (<see cref="ApiFactory"/>), so not at their defaults.</summary>
    private static readonly string[] SetByTheTestServer = ["Auth", "Orleans", "Storage"];

    public static TheoryData<string, string> OneBadValueOfEachSection => new()
    {
        { "Limits:MaxDepth", "0" },
        { "PersistedOperations:Folder", "/no/such/folder" },
        { "Auth:SigningKey", "too-short-a-key" },
        { "Orleans:SiloPort", "70000" },
        { "Telemetry:OtlpEndpoint", "otel-collector" },
        { "MemoryTrim:Every", "00:00:00" },
        { "RateLimit:Requests", "0" },
        { "SlowReaders:GracePeriod", "00:00:01" },
        { "ForwardedHeaders:KnownProxies:0", "10.0.0.300" },
        { "WebSockets:MaxExecutingPerConnection", "0" },
        { "HttpCaching:CacheControl", " " },
        { "Cors:AllowedOrigins:0", "https://dashboard.example.vn/" },
        { "Storage:Provider", "" },
    };

    [Theory]
    [MemberData(nameof(OneBadValueOfEachSection))]
    public async Task A_bad_value_stops_the_start_naming_the_setting(string setting, string value)
    {
        await using var api = new ApiFactory();
        await using var factory = api.WithWebHostBuilder(builder => builder.UseSetting(setting, value));

        var failure = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.StartsWith(setting, BadSetting(failure).Message);
    }

    [Fact]
    public void Every_checked_section_has_a_bad_value_above()
    {
        var tried = OneBadValueOfEachSection.Select(row => ((string)row[0]).Split(':')[0]);

        Assert.Equal(ServerSettings.Sections.Except(Unchecked).Order(), tried.Order());
    }

    [Fact]
    public async Task A_bad_value_from_a_source_added_late_stops_the_start_too()
    {
        await using var api = new ApiFactory();
        await using var factory = api.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(configuration =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Limits:MaxDepth"] = "101" })));

        var failure = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Equal("Limits:MaxDepth must be between 1 and 100.", BadSetting(failure).Message);
    }

    [Fact]
    public async Task The_defaults_start_and_are_the_classes_own()
    {
        await using var api = new ApiFactory();

        foreach (var settingsClass in SettingsClasses().Where(each => !SetByTheTestServer.Contains(SectionOf(each))))
        {
            var bound = ((IOptions<object>)Activator.CreateInstance(typeof(OptionsOf<>).MakeGenericType(settingsClass), api.Services)!).Value;
            Assert.Equal(JsonSerializer.Serialize(Activator.CreateInstance(settingsClass)), JsonSerializer.Serialize(bound, settingsClass));
        }
    }

    private static OptionsValidationException BadSetting(Exception failure) =>
        Flatten(failure).OfType<OptionsValidationException>().FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"The start failed, but not on a setting: {failure}");

    private static IEnumerable<Exception> Flatten(Exception? failure) =>
        failure is null ? [] : failure is AggregateException all
            ? all.InnerExceptions.SelectMany(Flatten).Prepend(failure)
            : Flatten(failure.InnerException).Prepend(failure);

    private static IEnumerable<Type> SettingsClasses() =>
        new[] { typeof(Program).Assembly, typeof(StorageOptions).Assembly }.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.GetField("SectionName")?.IsLiteral == true);

    private static string SectionOf(Type settingsClass) => (string)settingsClass.GetField("SectionName")!.GetRawConstantValue()!;

    /// <summary>The bound settings of a class known only at run time, through the server's <see cref="IOptions{T}"/>.</summary>
    private sealed class OptionsOf<T>(IServiceProvider services) : IOptions<object> where T : class
    {
        public object Value => services.GetRequiredService<IOptions<T>>().Value;
    }
}
