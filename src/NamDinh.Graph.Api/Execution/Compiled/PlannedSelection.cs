using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>
/// The fields a request asks of one object type at one place of its answer, collected as the GraphQL spec's
/// CollectFields does (fragments spread, @skip and @include applied, fields of one response key merged), so that every
/// item of a list is written from the same collection instead of collecting it again for each. Without @skip or
/// @include in its document, an operation asks the same fields whatever the variables, so it is collected once for all.
/// </summary>
internal sealed class PlannedSelection
{
    private PlannedSelection(IObjectGraphType type, PlannedField[] fields) => (Type, Fields) = (type, fields);

    public IObjectGraphType Type { get; }

    public PlannedField[] Fields { get; }

    /// <summary>
    /// The fields <paramref name="selections"/> ask of <paramref name="type"/>, in the order of the answer; null when one
    /// of them is beyond what a plan writes (the schema's introspection, a field the schema does not hold).
    /// </summary>
    public static PlannedSelection? Collect(ExecutionContext context, IObjectGraphType type, IEnumerable<GraphQLSelectionSet> selections, JsonSerializerOptions json)
    {
        var fields = new Dictionary<string, PlannedField>(StringComparer.Ordinal);
        var ordered = new List<PlannedField>();
        HashSet<string>? visitedFragments = null;
        foreach (var selectionSet in selections)
        {
            if (!CollectFrom(selectionSet))
                return null;
        }
        return new PlannedSelection(type, [.. ordered]);

        bool CollectFrom(GraphQLSelectionSet selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when Included(context, field):
                        if (!Add(field))
                            return false;
                        break;
                    case GraphQLFragmentSpread spread when Included(context, spread):
                        var name = spread.FragmentName.Name.StringValue;
                        if (!(visitedFragments ??= new(StringComparer.Ordinal)).Add(name))
                            break;
                        if (Fragment(context, name) is { } fragment
                            && Included(context, fragment) && Applies(context, fragment.TypeCondition.Type.Name.StringValue, type)
                            && !CollectFrom(fragment.SelectionSet))
                            return false;
                        break;
                    case GraphQLInlineFragment inline when Included(context, inline):
                        if (Applies(context, inline.TypeCondition?.Type.Name.StringValue ?? type.Name, type) && !CollectFrom(inline.SelectionSet))
                            return false;
                        break;
                }
            }
            return true;
        }

        bool Add(GraphQLField field)
        {
            if (Definition(context.Schema, type, field) is not { } definition)
                return false;
            var responseKey = field.Alias?.Name.StringValue ?? definition.Name;
            if (fields.TryGetValue(responseKey, out var known))
            {
                known.Merge(field);
                return true;
            }
            var planned = new PlannedField(responseKey, EncodedKey(responseKey, json), definition, field);
            fields.Add(responseKey, planned);
            ordered.Add(planned);
            return true;
        }
    }

    private static GraphQLFragmentDefinition? Fragment(ExecutionContext context, string name) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(fragment => fragment.FragmentName.Name == name);

    /// <summary>Whether @skip or @include (or any directive) stands on a selection or fragment of the document, so the fields asked may change with the variables.</summary>
    public static bool DependsOnVariables(GraphQLDocument document) => document.Definitions.Any(definition => definition switch
    {
        GraphQLOperationDefinition operation => HasDirectives(operation.SelectionSet),
        GraphQLFragmentDefinition fragment => fragment.Directives is not null || HasDirectives(fragment.SelectionSet),
        _ => false,
    });

    private static bool HasDirectives(GraphQLSelectionSet? selections) => selections is not null && selections.Selections.Any(selection => selection switch
    {
        GraphQLField field => field.Directives is not null || HasDirectives(field.SelectionSet),
        GraphQLFragmentSpread spread => spread.Directives is not null,
        GraphQLInlineFragment inline => inline.Directives is not null || HasDirectives(inline.SelectionSet),
        _ => false,
    });

    /// <summary>The field's definition as the general executor finds it; null for __schema and __type, which a plan leaves to it.</summary>
    private static FieldType? Definition(ISchema schema, IObjectGraphType type, GraphQLField field)
    {
        if (field.Name == schema.TypeNameMetaFieldType.Name)
            return schema.TypeNameMetaFieldType;
        if (field.Name == schema.SchemaMetaFieldType.Name || field.Name == schema.TypeMetaFieldType.Name)
            return null;
        return type.GetField(field.Name);
    }

    private static JsonEncodedText EncodedKey(string responseKey, JsonSerializerOptions json) =>
        JsonEncodedText.Encode(json.PropertyNamingPolicy?.ConvertName(responseKey) ?? responseKey, json.Encoder ?? JavaScriptEncoder.Default);

    /// <summary>Whether @skip and @include, with the request's variables, keep the node (both may be on it).</summary>
    private static bool Included<TNode>(ExecutionContext context, TNode node) where TNode : ASTNode, IHasDirectivesNode
    {
        if (node.Directives is null || context.DirectiveValues?.TryGetValue(node, out var directives) != true)
            return true;
        if (directives!.TryGetValue(context.Schema.Directives.Skip.Name, out var skip) && (bool)skip.Arguments["if"].Value!)
            return false;
        return !directives.TryGetValue(context.Schema.Directives.Include.Name, out var include) || (bool)include.Arguments["if"].Value!;
    }

    /// <summary>Whether a fragment on <paramref name="condition"/> applies to <paramref name="type"/>: the type itself, or an interface or union it belongs to.</summary>
    private static bool Applies(ExecutionContext context, string condition, IObjectGraphType type) =>
        context.Schema.AllTypes[condition] switch
        {
            null => false,
            var conditional when conditional.Equals(type) => true,
            IAbstractGraphType abstractType => abstractType.IsPossibleType(type),
            _ => false,
        };
}

/// <summary>One response key of a <see cref="PlannedSelection"/>: the field, its arguments for this request, and the field nodes merged under it.</summary>
internal sealed class PlannedField
{
    private readonly List<GraphQLField> _nodes;
    private PlannedSelection? _inner;

    public PlannedField(string responseKey, JsonEncodedText key, FieldType definition, GraphQLField node)
    {
        ResponseKey = responseKey;
        Key = key;
        Definition = definition;
        Node = node;
        _nodes = [node];
    }

    public string ResponseKey { get; }

    /// <summary>The response key as the answer's JSON writes it.</summary>
    public JsonEncodedText Key { get; }

    public FieldType Definition { get; }

    /// <summary>The first node of the key: its arguments, read per request, are the field's (validation made every node of the key ask the same).</summary>
    public GraphQLField Node { get; }

    /// <summary>The selection sets of the key's nodes, in the order of the document.</summary>
    public IEnumerable<GraphQLSelectionSet> SelectionSets => _nodes.Where(node => node.SelectionSet is not null).Select(node => node.SelectionSet!);

    /// <summary>Adds another node of the same response key: its selections are asked of the same value.</summary>
    public void Merge(GraphQLField node) => _nodes.Add(node);

    /// <summary>
    /// What the request asks of the field's value, an object of <paramref name="type"/>; collected once per request, or
    /// once for all while the selection is kept for its operation (<see cref="PlanUse.SelectionOf"/>).
    /// </summary>
    public PlannedSelection? Inner(ExecutionContext context, IObjectGraphType type, JsonSerializerOptions json)
    {
        if (_inner is { } known && known.Type == type)
            return known;
        return _inner = PlannedSelection.Collect(context, type, SelectionSets, json);
    }
}
