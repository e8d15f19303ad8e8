using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>
/// What a resolver sees of the field it resolves when a <see cref="PlannedAnswer"/> calls it: the same as under the
/// general executor. One is kept per depth of the answer and set again for each field at that depth, so writing an
/// answer does not allocate a context per field; its <see cref="Parent"/> is the one a depth up, which holds the field
/// whose value is being written (and, inside a list, the item's index) while the fields below it resolve.
/// </summary>
internal sealed class PlanFieldContext(ExecutionContext execution, PlanFieldContext? parent) : IResolveFieldContext<object?>
{
    private PlanFieldContext? _parent = parent;
    private PlannedField _field = null!;
    private Dictionary<string, (GraphQLField Field, FieldType FieldType)>? _subFields;

    /// <summary>The index of the item of this field's list being written, or null outside its items.</summary>
    public int? ItemIndex { get; set; }

    public PlannedField Field => _field;

    public void Set(object? source, PlannedField field, IObjectGraphType parentType)
    {
        Source = source;
        _field = field;
        ParentType = parentType;
        ItemIndex = null;
        _subFields = null;
    }

    /// <summary>A copy of this context and its parents as they stand, for a value written later, when these have moved on.</summary>
    public PlanFieldContext Snapshot() => new(execution, _parent?.Snapshot())
    {
        Source = Source,
        _field = _field,
        ParentType = ParentType,
        ItemIndex = ItemIndex,
    };

    /// <summary>Keeps this context as it stands for good: it is no longer set again, and its parents become copies as they stand.</summary>
    public void Detach() => _parent = _parent?.Snapshot();

    public object? Source { get; private set; }

    public IObjectGraphType ParentType { get; private set; } = null!;

    public GraphQLField FieldAst => _field.Node;

    public FieldType FieldDefinition => _field.Definition;

    public IResolveFieldContext? Parent => _parent;

    public IDictionary<string, ArgumentValue>? Arguments => execution.GetArguments(_field.Definition, _field.Node);

    public IDictionary<string, DirectiveInfo>? Directives => execution.GetDirectives(_field.Node);

    public object? RootValue => execution.RootValue;

    public ISchema Schema => execution.Schema;

    public GraphQLDocument Document => execution.Document;

    public GraphQLOperationDefinition Operation => execution.Operation;

    public GraphQL.Validation.Variables Variables => execution.Variables;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public Metrics Metrics => execution.Metrics;

    public ExecutionErrors Errors => execution.Errors;

    public IEnumerable<object> Path => PathOf(this, byResponseKey: false);

    public IEnumerable<object> ResponsePath => PathOf(this, byResponseKey: true);

    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields => _subFields ??= SubFieldsOf(_field.Definition.ResolvedType?.GetNamedType());

    public IReadOnlyDictionary<string, object?> InputExtensions => execution.InputExtensions;

    public IDictionary<string, object?> OutputExtensions => execution.OutputExtensions;

    public IServiceProvider? RequestServices => execution.RequestServices;

    public IExecutionArrayPool ArrayPool => execution;

    public ClaimsPrincipal? User => execution.User;

    public IExecutionContext ExecutionContext => execution;

    public IDictionary<string, object?> UserContext => execution.UserContext;

    private Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFieldsOf(IGraphType? type) =>
        type is IObjectGraphType objectType && PlannedSelection.Collect(execution, objectType, _field.SelectionSets, System.Text.Json.JsonSerializerOptions.Default) is { } inner
            ? inner.Fields.ToDictionary(field => field.ResponseKey, field => (field.Node, field.Definition))
            : null;

    /// <summary>The path from the answer's root as the general executor gives it: field names or response keys, and the index of each list item on the way.</summary>
    private static List<object> PathOf(PlanFieldContext context, bool byResponseKey)
    {
        var steps = new List<object>();
        for (var at = context; at is not null; at = at._parent)
        {
            if (at.ItemIndex is { } index)
                steps.Add(index);
            steps.Add(byResponseKey ? at._field.ResponseKey : at._field.Definition.Name);
        }
        steps.Reverse();
        return steps;
    }
}
