using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NamDinh.Graph.Api.Hosting;

/// <summary>
/// The one way the server reads a configuration section: bound to its options class and checked by that class's
/// validator, so that a bad value stops the start with a message naming the setting
/// (<see cref="OptionsValidationException"/>). The services get <see cref="IOptions{T}"/> and the settings themselves.
/// </summary>
public static class ValidatedSettings
{
    /// <summary>
    /// Binds section <paramref name="section"/> to <typeparamref name="T"/>, validated on start, and returns the settings
    /// read now, validated at once: some are needed before there is a service provider (Orleans, auth, CORS, …).
    /// Without a <paramref name="validator"/> any value the binder accepts is a valid one.
    /// </summary>
    public static T AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section, IValidateOptions<T>? validator = null)
        where T : class, new()
    {
        if (validator is not null)
            services.TryAddEnumerable(ServiceDescriptor.Singleton(validator));
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        return configuration.ReadSettings(section, validator);
    }

    /// <summary>The settings of section <paramref name="section"/>, or the defaults where it is missing; a bad value throws.</summary>
    public static T ReadSettings<T>(this IConfiguration configuration, string section, IValidateOptions<T>? validator = null)
        where T : class, new()
    {
        var settings = new T();
        configuration.GetSection(section).Bind(settings);
        if (validator?.Validate(Options.DefaultName, settings) is { Failed: true } result)
            throw new OptionsValidationException(Options.DefaultName, typeof(T), result.Failures);
        return settings;
    }
}
