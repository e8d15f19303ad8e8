using System.Globalization;

namespace NamDinh.Graph.Cli.CommandLine;

/// <summary>
/// A command's arguments, read against the options it takes: positional arguments in order, options as
/// <c>--name value</c> or <c>--name=value</c>, flags as <c>--name</c>. Anything else is a <see cref="UsageException"/>.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options;

    private CommandArguments(IReadOnlyList<string> positionals, Dictionary<string, string?> options)
    {
        Positionals = positionals;
        _options = options;
    }

    public IReadOnlyList<string> Positionals { get; }

    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        var known = options.ToDictionary(option => option.Name, StringComparer.Ordinal);
        var positionals = new List<string>();
        var given = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(index + 1));
                break;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                if (arg.StartsWith('-') && arg.Length > 1)
                    throw new UsageException($"Unknown option '{arg}'; options are written --name.");
                positionals.Add(arg);
                continue;
            }
            var (name, inlineValue) = arg.IndexOf('=') is var equals and > 0 ? (arg[2..equals], arg[(equals + 1)..]) : (arg[2..], null);
            if (!known.TryGetValue(name, out var option))
                throw new UsageException($"Unknown option '--{name}'.");
            if (given.ContainsKey(name))
                throw new UsageException($"Option '--{name}' is given twice.");
            if (!option.TakesValue)
            {
                if (inlineValue is not null)
                    throw new UsageException($"Option '--{name}' is a flag and takes no value.");
                given[name] = null;
            }
            else if (inlineValue is not null)
                given[name] = inlineValue;
            else if (index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal))
                given[name] = args[++index];
            else
                throw new UsageException($"Option '--{name}' needs a value: {option.Synopsis}.");
        }
        return new CommandArguments(positionals, given);
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.GetValueOrDefault(name);

    public string Required(string name) =>
        Value(name) is { Length: > 0 } value ? value : throw new UsageException($"Option '--{name}' is required.");

    public int RequiredInt(string name) => Int(name) ?? throw new UsageException($"Option '--{name}' is required.");

    public int? Int(string name) =>
        Value(name) switch
        {
            null => null,
            var text when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
            var text => throw new UsageException($"Option '--{name}' takes a whole number, not '{text}'."),
        };

    /// <summary>The one positional argument a command takes (a file), named as its usage names it.</summary>
    public string SinglePositional(string what)
    {
        return Positionals.Count switch
        {
            1 => Positionals[0],
            0 => throw new UsageException($"Give the {what}."),
            _ => throw new UsageException($"Give one {what}, not {Positionals.Count} arguments ({string.Join(" ", Positionals)})."),
        };
    }

    public void NoPositionals()
    {
        if (Positionals.Count > 0)
            throw new UsageException($"Unexpected argument '{Positionals[0]}'.");
    }
}
