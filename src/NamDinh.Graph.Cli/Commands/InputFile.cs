using System.Text;
using NamDinh.Graph.Cli.CommandLine;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>Reads a file a command line names, as UTF-8; a file that is not there is a usage error.</summary>
public static class InputFile
{
    public static async Task<string> ReadAsync(string path)
    {
        if (!File.Exists(path))
            throw new UsageException($"There is no file '{path}'.");
        return await File.ReadAllTextAsync(path, Encoding.UTF8);
    }
}
