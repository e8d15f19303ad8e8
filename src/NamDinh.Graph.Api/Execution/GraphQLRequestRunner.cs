using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema;
using NamDinh.Graph.Api.Transport.Http;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// Runs a GraphQL request for any transport as the user the transport authenticated, with the operations that
/// transport allows, the user may run and the limits allow, and the request's own grain loaders. A request may name a
/// registered operation instead of sending its text (<see cref="PersistedOperations"/>). A document that ran before is
/// taken from the <see cref="DocumentCache"/>, and only the rules that depend on the request run again: who asks, over
/// which transport, with which variables.
/// </summary>
public sealed class GraphQLRequestRunner(
    IDocumentExecuter<NamDinhSchema> executer,
    IGrainFactory grains,
    Grains.Storage.IReportStore store,
    OperationAccess access,
    OperationShape shape,
    RequestLimits limits,
    PersistedOperations persisted,
    DocumentCache documents,
    RequestLog log)
{
    private readonly ComplexityValidationRule _complexity = CostLimit.For(limits);
    private readonly IValidationRule[] _rules = limits.Introspection
        ? [.. DocumentValidator.CoreRules, access, shape, IntrospectionNeedsATypeName.Instance, IntrospectionShape.Instance]
        : [.. DocumentValidator.CoreRules, access, shape, NoIntrospection.Instance];

    /// <summary>
    /// Runs the request; with <paramref name="reads"/>, records there what it read and at which versions; with
    /// <paramref name="budget"/>, spends its cost from its batch's.
    /// </summary>
    public async Task<ExecutionResult> RunAsync(
        GraphQLHttpRequest asked, HttpContext http, OperationsAllowed? only, CancellationToken cancellationToken, WhatWasRead? reads = null, BatchBudget? budget = null)
    {
        var started = Stopwatch.GetTimestamp();
        using var recording = reads is null ? null : WhatWasRead.Record(reads);
        var result = await ResolveAndExecuteAsync(asked, new RequestContext(http, budget), only, cancellationToken);
        log.Answered(http, asked, result, Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <summary>The HTTP request a GraphQL request came in, and the budget of its batch if it is part of one.</summary>
    private sealed record RequestContext(HttpContext Http, BatchBudget? Budget);

    private async Task<ExecutionResult> ResolveAndExecuteAsync(GraphQLHttpRequest asked, RequestContext http, OperationsAllowed? only, CancellationToken cancellationToken)
    {
        var (request, refusal, hashToKeep) = persisted.Resolve(asked);
        if (refusal is not null)
            return Refused(refusal);
        var result = await CheckAndExecuteAsync(request!, http, only, cancellationToken);
        if (hashToKeep is not null && result.Executed)
            persisted.Keep(hashToKeep, request!.Query!);
        return result;
    }

    private async Task<ExecutionResult> CheckAndExecuteAsync(GraphQLHttpRequest request, RequestContext http, OperationsAllowed? only, CancellationToken cancellationToken)
    {
        if (documents.Find(request.Query!, request.OperationName) is { } known)
            return await ExecuteAsync(request, known.Document, RulesOfTheRequest(known, only, http.Budget), http, cancellationToken);
        if (DocumentTokens.CountUpTo(request.Query!, limits.MaxTokens) > limits.MaxTokens)
            return Refused(new ExecutionError($"The document has more than {limits.MaxTokens} tokens.") { Code = ErrorCodes.QueryTooLarge });
        if (!TryParse(request.Query!, out var document, out var unparsable))
            return Refused(unparsable);
        if (document is not null && FragmentExpansion.Measure(document, limits.MaxSelections, limits.MaxDepth) is var (selections, cycle, tooDeep)
            && (cycle is not null || tooDeep || selections > limits.MaxSelections))
            return Refused(cycle is not null ? new ExecutionError($"Fragment '{cycle}' spreads itself, through the fragments it spreads.") { Code = ErrorCodes.NoFragmentCycles }
                : tooDeep ? new ExecutionError($"Fragments spread inside each other more than {limits.MaxDepth} deep.") { Code = ErrorCodes.QueryTooComplex }
                : new ExecutionError($"The operation has more than {limits.MaxSelections} selections once its fragments are spread.") { Code = ErrorCodes.QueryTooComplex });
        var result = await ExecuteAsync(request, document, only is null ? [.. _rules, _complexity] : [.. _rules, _complexity, only], http, cancellationToken);
        if (result.Executed && document is not null)
            documents.Add(request.Query!, request.OperationName, document);
        return result;
    }

    /// <summary>
    /// The rules a document that passed them all before must pass again for this request: only those that could
    /// answer differently now. The schema's rules and the limits on the document's shape answered once and for all;
    /// access depends on who asks, the transport on the kind of operation, the cost on the variables and on what the
    /// batch it is part of has spent. When none could, the validator only reads the variables, without walking the document.
    /// </summary>
    private IValidationRule[] RulesOfTheRequest(ValidatedDocument document, OperationsAllowed? only, BatchBudget? budget)
    {
        var rules = new List<IValidationRule>(3);
        if (access.MayRefuse(document.OperationType))
            rules.Add(access);
        if (only is not null && !only.Allows(document.OperationType))
            rules.Add(only);
        if (document.CostDependsOnVariables || budget is not null)
            rules.Add(_complexity);
        return [.. rules];
    }

    private async Task<ExecutionResult> ExecuteAsync(
        GraphQLHttpRequest request, GraphQLParser.AST.GraphQLDocument? document, IValidationRule[] rules, RequestContext asked, CancellationToken cancellationToken)
    {
        var http = asked.Http;
        var userContext = GrainLoaders.NewUserContext(grains, store, WhatWasRead.Current);
        // Every transport comes through GraphQLHttpEndpoint, which gave the request its id (a WebSocket's operations share the upgrade's).
        CorrelationId.Remember(userContext, http.TraceIdentifier);
        asked.Budget?.Lend(userContext);
        using var timeout = QueryTimeout.Start(document, request.OperationName, limits.ExecutionTimeout, cancellationToken);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(Options(request, document, rules, http, userContext, timeout?.Token ?? cancellationToken));
        }
        catch (OperationCanceledException) when (timeout?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            return Refused(QueryTimeout.Error(limits.ExecutionTimeout));
        }
        // GraphQL.NET leaves it out of a result refused by validation; the request log names the operation from it.
        result.Document ??= document;
        return result;
    }

    private static ExecutionOptions Options(
        GraphQLHttpRequest request, GraphQLParser.AST.GraphQLDocument? document, IValidationRule[] rules, HttpContext http, Dictionary<string, object?> userContext, CancellationToken cancellationToken) =>
        new()
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = userContext,
            CancellationToken = cancellationToken,
            ValidationRules = rules,
        };

    private static ExecutionResult Refused(ExecutionError error) => new() { Errors = [error] };

    /// <summary>
    /// Parses the document, handed on so that it is parsed once; null for a syntax error, which the executer reports
    /// in its usual words. A document nested past the parser's depth, or one the parser fails on while describing its
    /// error, is refused here (false, with the refusal): the executer would call either an unexpected failure.
    /// </summary>
    private static bool TryParse(string query, out GraphQLParser.AST.GraphQLDocument? document, [NotNullWhen(false)] out ExecutionError? refusal)
    {
        (document, refusal) = (null, null);
        try
        {
            document = GraphQLParser.Parser.Parse(query, new GraphQLParser.ParserOptions { Ignore = GraphQLParser.IgnoreOptions.Comments });
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            refusal = new ExecutionError("The document nests deeper than the parser allows.") { Code = ErrorCodes.QueryTooComplex };
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            // Left to the executer, which reports a syntax error in its usual words.
        }
        catch (IndexOutOfRangeException)
        {
            refusal = new ExecutionError("The document is not valid GraphQL syntax.") { Code = ErrorCodes.SyntaxError };
        }
        return refusal is null;
    }
}
