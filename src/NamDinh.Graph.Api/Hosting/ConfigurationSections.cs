namespace NamDinh.Graph.Api.Hosting;

public static class ConfigurationSections
{
    /// <summary>The settings of section <paramref name="name"/>, or the defaults of <typeparamref name="T"/> where the section is missing.</summary>
    public static T Section<T>(this IConfiguration configuration, string name) where T : new() =>
        configuration.GetSection(name).Get<T>() ?? new T();
}
