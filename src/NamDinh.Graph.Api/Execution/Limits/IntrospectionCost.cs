using GraphQL.Validation.Complexity;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// The cost of a field as the complexity analyzer weighs it, with introspection at one a field: its lists (types, fields,
/// args) hold what the schema holds, which is fixed, so weighing them as data lists of 20 would multiply the standard
/// introspection query past any limit. What bounds introspection is its shape (<see cref="IntrospectionShape"/>).
/// </summary>
public static class IntrospectionCost
{
    private static readonly Func<FieldImpactContext, FieldComplexityResult> DataCost = new ComplexityOptions().DefaultComplexityImpactDelegate;

    public static FieldComplexityResult Of(FieldImpactContext field) =>
        IsIntrospection(field) ? new FieldComplexityResult(1, 1) : DataCost(field);

    private static bool IsIntrospection(FieldImpactContext field) =>
        field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
}
