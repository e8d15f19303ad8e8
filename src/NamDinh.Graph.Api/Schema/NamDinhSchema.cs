using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Mutations;
using NamDinh.Graph.Api.Schema.Queries;
using NamDinh.Graph.Api.Schema.Scalars;
using NamDinh.Graph.Api.Schema.Subscriptions;

namespace NamDinh.Graph.Api.Schema;

public sealed class NamDinhSchema : GraphQL.Types.Schema
{
    public NamDinhSchema(IServiceProvider services, ReportQuery query, ReportMutation mutation, ChangeSubscription subscription) : base(services)
    {
        Description = "The annual reports of Vietnam's provincial Departments of Information and Communications.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        // The introspection of the October 2021 spec, which today's tools ask for: __Directive.isRepeatable, and
        // includeDeprecated on args and inputFields; CurrentIntrospection adds what these switches do not.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        this.RegisterTypeMapping(typeof(decimal), typeof(ExactDecimalGraphType));
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        CurrentIntrospection.Complete(graphType);
    }
}
