using NamDinh.Graph.Api.Schema.Mutations;
using NamDinh.Graph.Api.Schema.Queries;
using NamDinh.Graph.Api.Schema.Subscriptions;
using NamDinh.Graph.Api.Schema.Scalars;

namespace NamDinh.Graph.Api.Schema;

public sealed class NamDinhSchema : GraphQL.Types.Schema
{
    public NamDinhSchema(IServiceProvider services, ReportQuery query, ReportMutation mutation, ChangeSubscription subscription) : base(services)
    {
        Description = "The annual reports of Vietnam's provincial Departments of Information and Communications.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        this.RegisterTypeMapping(typeof(decimal), typeof(ExactDecimalGraphType));
    }
}
