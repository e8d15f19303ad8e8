using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>
/// The GraphQL documents of the repository's test suites and registry: <c>.graphql</c> files (but the SDL) under tests/,
/// bench/ and schema/operations/; string literals of the C# tests (tests/) and of the JavaScript suites and
/// benchmarks (tests/e2e/, bench/) that read as a document (<c>query</c>, <c>{</c>, <c>fragment</c> first) or as a
/// selection of fields (<c>indicators(first: 0) { totalCount }</c>, sent inside braces). Mutations and subscriptions
/// are left out: a mutation would change one server's data and not the other's before the next request. A document
/// that does not parse or validate is still sent: its errors must be the same bytes too.
/// </summary>
public static partial class SuiteOperations
{
    private static readonly string[] SourceFolders = ["tests", "bench"];

    private static readonly string[] Skipped = ["node_modules", "bin", "obj", ".artifacts", "Differential", "__snapshots__"];

    /// <summary>Each document found, once, with where it was first found.</summary>
    public static IReadOnlyList<(string Source, string Document)> InTestSuites()
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in SourceFolders)
        {
            foreach (var file in Files(RepositoryFiles.PathOf(folder)))
            {
                var relative = Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/');
                var text = File.ReadAllText(file);
                IEnumerable<string> candidates = Path.GetExtension(file) switch
                {
                    ".graphql" or ".gql" => [text],
                    ".cs" => StringLiterals.OfCSharp(text),
                    ".mjs" or ".js" or ".ts" => StringLiterals.OfJavaScript(text),
                    _ => [],
                };
                foreach (var candidate in candidates)
                {
                    if (AsDocument(candidate) is { } document)
                        found.TryAdd(document, relative);
                }
            }
        }
        return [.. found.Select(pair => (pair.Value, pair.Key)).OrderBy(item => item.Value, StringComparer.Ordinal).ThenBy(item => item.Key, StringComparer.Ordinal)];
    }

    /// <summary>The registered operations' files (schema/operations/), by their id.</summary>
    public static IReadOnlyList<(string Id, string Document)> Registered() =>
        [.. Directory.EnumerateFiles(RepositoryFiles.PathOf("schema/operations"), "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)))];

    /// <summary>
    /// Requests for a document: one per query operation in it (named, when it has several), with variables for those it
    /// declares; none for a document of mutations or subscriptions. A document that does not parse is sent as it is.
    /// </summary>
    public static IEnumerable<DifferentialRequest> RequestsFor(string source, string document, ValueMaker values, string? documentId = null)
    {
        if (Parse(document) is not { } parsed)
        {
            if (!StartsWithWord(document.TrimStart(), "mutation") && !StartsWithWord(document.TrimStart(), "subscription"))
                yield return new DifferentialRequest(source, document, null, DocumentId: documentId);
            yield break;
        }
        var operations = parsed.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0 || operations.Any(operation => operation.Operation != OperationType.Query))
            yield break;
        foreach (var operation in operations)
        {
            var name = operations.Count > 1 ? operation.Name?.StringValue : null;
            var variables = Variables(operation, values);
            yield return new DifferentialRequest(source, documentId is null ? document : null, variables, name, documentId);
            if (variables is not null && operation.Variables!.Items.Any(variable => variable.Type is GraphQLNonNullType && variable.DefaultValue is null))
                yield return new DifferentialRequest(source + " (its variables left out)", documentId is null ? document : null, null, name, documentId);
        }
    }

    private static GraphQLDocument? Parse(string document)
    {
        try
        {
            return GraphQLParser.Parser.Parse(document);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    private static JsonObject? Variables(GraphQLOperationDefinition operation, ValueMaker values)
    {
        if (operation.Variables is not { Items.Count: > 0 } definitions)
            return null;
        var variables = new JsonObject();
        foreach (var definition in definitions.Items)
        {
            var name = definition.Variable.Name.StringValue;
            var type = TypeOf(definition.Type);
            if (definition.DefaultValue is not null && values.Chance(0.5))
                continue;
            variables[name] = values.Of(type, name, FieldOf(operation, name)).ToJson();
        }
        return variables;
    }

    /// <summary>The field a variable is an argument of, for values that fit it (a page size of reports, of indicators).</summary>
    private static string FieldOf(GraphQLOperationDefinition operation, string variable)
    {
        string? Find(GraphQLSelectionSet? selections)
        {
            foreach (var selection in selections?.Selections ?? [])
            {
                if (selection is GraphQLField field)
                {
                    if (field.Arguments?.Items.Any(argument => argument.Value is GraphQLVariable used && used.Name.StringValue == variable) == true)
                        return field.Name.StringValue;
                    if (Find(field.SelectionSet) is { } inner)
                        return inner;
                }
                else if (selection is GraphQLInlineFragment inline && Find(inline.SelectionSet) is { } inFragment)
                {
                    return inFragment;
                }
            }
            return null;
        }
        return Find(operation.SelectionSet) ?? "";
    }

    private static TypeRef TypeOf(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => new TypeRef("NON_NULL", null, TypeOf(nonNull.Type)),
        GraphQLListType list => new TypeRef("LIST", null, TypeOf(list.Type)),
        GraphQLNamedType named => new TypeRef("NAMED", named.Name.StringValue, null),
        _ => throw new ArgumentException("Not a type: " + type.Kind),
    };

    /// <summary>The text as a document to send, or null when it is not one.</summary>
    public static string? AsDocument(string candidate)
    {
        var text = candidate.Trim();
        if (text.Length < 3 || !text.Contains('{', StringComparison.Ordinal))
            return null;
        if (text.StartsWith('{'))
            return text.AsSpan(1).TrimStart() is [not ('"' or '\'' or '[' or '}' or '{'), ..] ? text : null;
        if (StartsWithWord(text, "query") || StartsWithWord(text, "fragment"))
            return text;
        if (StartsWithWord(text, "mutation") || StartsWithWord(text, "subscription") || StartsWithWord(text, "type")
            || StartsWithWord(text, "schema") || StartsWithWord(text, "input") || StartsWithWord(text, "enum") || StartsWithWord(text, "interface"))
            return null;
        return Selection().IsMatch(text) ? "{ " + text + " }" : null;
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !(char.IsLetterOrDigit(text[word.Length]) || text[word.Length] == '_'));

    /// <summary>A field, perhaps aliased, with arguments perhaps, then its selection: nothing but GraphQL reads so.</summary>
    [GeneratedRegex(@"^([_A-Za-z][_0-9A-Za-z]*\s*:\s*)?[_A-Za-z][_0-9A-Za-z]*\s*(\([^)]*\)\s*)?(@[_A-Za-z]+(\([^)]*\))?\s*)*\{[^""]*\}$", RegexOptions.Singleline)]
    private static partial Regex Selection();

    private static IEnumerable<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
            yield break;
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            yield return file;
        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (!Skipped.Contains(Path.GetFileName(child)))
            {
                foreach (var file in Files(child))
                    yield return file;
            }
        }
    }
}
