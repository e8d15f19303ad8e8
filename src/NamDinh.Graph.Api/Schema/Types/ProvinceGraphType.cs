using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Provinces;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class ProvinceGraphType : ObjectGraphType<Province>
{
    public ProvinceGraphType()
    {
        Name = "Province";
        Description = "A province or centrally-run city of the 63 of 2009–2024.";
        this.NodeIdField(province => province.Code, "\"Province:36\": the statistical code");
        Field(x => x.Code).Description("The statistical code, e.g. \"36\" for Nam Định.");
        Field(x => x.Slug).Description("A stable ASCII name, e.g. \"nam-dinh\".");
        Field(x => x.Name).Description("The Vietnamese name, e.g. \"Nam Định\".");
        Field(x => x.Kind, type: typeof(NonNullGraphType<ProvinceKindGraphType>));
    }
}
