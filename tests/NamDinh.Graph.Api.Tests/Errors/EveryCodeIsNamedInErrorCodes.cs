using System.Reflection;
using System.Text.RegularExpressions;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Tests.Errors;

/// <summary>
/// Every <c>extensions.code</c> the server writes is a constant of <see cref="ErrorCodes"/>, so the list there is the
/// list a client can meet (besides GraphQL.NET's own validation codes): no code is written as a literal elsewhere.
/// </summary>
public sealed partial class EveryCodeIsNamedInErrorCodes
{
    [Fact]
    public void No_source_file_writes_a_code_as_a_literal()
    {
        var folder = RepositoryFiles.PathOf("src/NamDinh.Graph.Api");
        var literals = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "ErrorCodes.cs" && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(found => CodeLiteral().IsMatch(found.line))
            .Select(found => $"{Path.GetRelativePath(folder, found.path)}:{found.number}: {found.line.Trim()}")
            .ToList();
        Assert.Empty(literals);
    }

    [Fact]
    public void Each_code_has_one_name()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex("""\b[Cc]ode\s*[=:]\s*"[A-Z][A-Z_]+"|\bCode\s*==\s*"[A-Z]""")]
    private static partial Regex CodeLiteral();
}
