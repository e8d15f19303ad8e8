using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// The cost a batch's requests share: <see cref="RequestLimits.MaxComplexity"/> for all of them together, so that a
/// batch of twenty requests cannot do twenty requests' work. A request that would take the batch over is refused
/// (QUERY_TOO_COMPLEX) and runs nothing; the requests before it have run.
/// </summary>
public sealed class BatchBudget(int limit)
{
    private const string Key = "NamDinh.Graph.BatchBudget";

    private double _spent;

    /// <summary>Makes the requests run with <paramref name="userContext"/> spend from this budget.</summary>
    public void Lend(IDictionary<string, object?> userContext) => userContext[Key] = this;

    /// <summary>Spends a request's cost from its batch's budget, if it is part of one; refuses it if the budget does not cover it.</summary>
    public static Task SpendAsync(ComplexityValidationContext cost)
    {
        // An operation over the limit by itself is refused already (Error).
        if (cost.Error is null && cost.ValidationContext.UserContext.TryGetValue(Key, out var lent) && lent is BatchBudget budget)
            cost.Error = budget.Spend(cost.TotalImpact, cost.ValidationContext);
        return Task.CompletedTask;
    }

    /// <summary>Null when the budget covers <paramref name="cost"/>, which it then spends; else the refusal.</summary>
    private ValidationError? Spend(double cost, ValidationContext validation)
    {
        if (_spent + cost > limit)
            return new ValidationError(validation.Document.Source, number: null,
                $"The batch's requests cost {_spent + cost:0} together, this one {cost:0}; a batch shares one budget of {limit}, what one request may cost.")
            { Code = ErrorCodes.QueryTooComplex };
        _spent += cost;
        return null;
    }
}
