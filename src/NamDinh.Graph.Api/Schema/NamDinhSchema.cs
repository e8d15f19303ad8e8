using NamDinh.Graph.Api.Schema.Queries;
using NamDinh.Graph.Api.Schema.Scalars;

namespace NamDinh.Graph.Api.Schema;

public sealed class NamDinhSchema : GraphQL.Types.Schema
{
    public NamDinhSchema(IServiceProvider services, ReportQuery query) : base(services)
    {
        Description = "The annual reports of Vietnam's provincial Departments of Information and Communications.";
        Query = query;
        this.RegisterTypeMapping(typeof(decimal), typeof(ExactDecimalGraphType));
    }
}
