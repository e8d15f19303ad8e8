using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>
/// The idempotency key an import sends when none is given: the command's name and the SHA-256 of the file's bytes
/// and of what else the command line says (province, year, reason, …): "import-indicators:3f2a…". Running the same
/// command on the same file again after a timeout sends the same key, so the server answers it as before instead of
/// applying it twice; the same file with another reason or version is another change, with another key.
/// </summary>
public static class FileIdempotencyKey
{
    public static async Task<string> OfAsync(string command, string path, params object?[] commandLine)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(await File.ReadAllBytesAsync(path));
        foreach (var part in commandLine)
            hash.AppendData(Encoding.UTF8.GetBytes($"\n{Convert.ToString(part, CultureInfo.InvariantCulture)}"));
        return $"{command}:{Convert.ToHexStringLower(hash.GetHashAndReset())}";
    }
}
