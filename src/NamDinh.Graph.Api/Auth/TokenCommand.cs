using Microsoft.Extensions.Options;
using NamDinh.Graph.Api.Hosting;
using NamDinh.Graph.Domain.Provinces;

namespace NamDinh.Graph.Api.Auth;

/// <summary>
/// <c>token --role editor --province nam-dinh [--role …] [--province …] [--subject NAME] [--lifetime 08:00:00]</c>:
/// prints a token signed with the configured key (in Development, the development key) for local use.
/// Exits 0 with the token on stdout, 2 with a message on stderr for a wrong command line or a missing key.
/// </summary>
public static class TokenCommand
{
    public const string Name = "token";

    public static int Run(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var roles = new List<string>();
        var provinces = new List<string>();
        string? subject = null;
        TimeSpan? lifetime = null;
        for (var index = 0; index < args.Count; index++)
        {
            var value = index + 1 < args.Count ? args[index + 1] : null;
            switch (args[index])
            {
                case "--role" when value is not null: roles.Add(value); index++; break;
                case "--province" when value is not null: provinces.Add(value); index++; break;
                case "--subject" when value is not null: subject = value; index++; break;
                case "--lifetime" when TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > TimeSpan.Zero:
                    lifetime = parsed; index++; break;
                default:
                    return Usage(error, $"'{args[index]}' is not an option of token, or lacks its value.");
            }
        }
        if (roles.Count == 0)
            return Usage(error, "Name at least one --role.");
        if (roles.FirstOrDefault(role => !Roles.All.Contains(role)) is { } unknownRole)
            return Usage(error, $"'{unknownRole}' is not a role; the roles are {string.Join(", ", Roles.All)}.");
        var codes = new List<string>();
        foreach (var given in provinces)
        {
            if (ProvinceDirectory.Default.Find(given) is not { } province)
                return Usage(error, $"There is no province '{given}'; use a slug such as nam-dinh or a code such as 36.");
            codes.Add(province.Code);
        }
        if (roles.Contains(Roles.Editor) && codes.Count == 0)
            return Usage(error, "An editor needs at least one --province whose reports it may change.");

        AuthOptions options;
        try
        {
            options = configuration.ReadSettings(AuthOptions.SectionName, new AuthOptionsValidator());
        }
        catch (OptionsValidationException badSetting)
        {
            error.WriteLine(badSetting.Message);
            return 2;
        }
        var key = options.Key();
        if (key is null)
        {
            error.WriteLine("Auth:SigningKey is not set: set it (environment Auth__SigningKey), or run in Development (ASPNETCORE_ENVIRONMENT=Development) to use the development key.");
            return 2;
        }
        var issuer = new TokenIssuer(options, TimeProvider.System);
        output.WriteLine(issuer.Issue(subject ?? $"local-{string.Join('-', roles)}", roles, codes, lifetime));
        return 0;
    }

    private static int Usage(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        error.WriteLine("usage: token --role reader|editor|partner|admin [--role …] [--province SLUG-OR-CODE …] [--subject NAME] [--lifetime HH:MM:SS]");
        return 2;
    }
}
