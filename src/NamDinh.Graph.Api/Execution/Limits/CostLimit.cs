using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// GraphQL.NET's complexity analyzer with our limits, lists weighed by what they can hold (<see cref="ListWeights"/>)
/// and a batch's requests spending one budget (<see cref="BatchBudget"/>). It answers QUERY_TOO_COMPLEX
/// (see <see cref="Errors.SafeErrorInfoProvider"/>).
/// </summary>
public static class CostLimit
{
    public static ComplexityValidationRule For(RequestLimits limits) => new(new ComplexityOptions
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
        DefaultComplexityImpactDelegate = new ListWeights(limits).Of,
        ValidateComplexityDelegate = BatchBudget.SpendAsync,
    });
}
