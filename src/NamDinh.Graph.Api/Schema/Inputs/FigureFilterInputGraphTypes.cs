using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Slices;

namespace NamDinh.Graph.Api.Schema.Inputs;

public sealed class FigureFilterInput
{
    public List<string>? Provinces { get; init; }
    public int? Year { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public Sector? Sector { get; init; }
    public List<string>? Codes { get; init; }
    public ValueStatus? Status { get; init; }
}

public sealed class FigureFilterInputGraphType : InputObjectGraphType<FigureFilterInput>
{
    public FigureFilterInputGraphType()
    {
        Name = "IndicatorFilter";
        Description = "Which figures; leave a field out to take more.";
        Field(x => x.Provinces, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Only these provinces: slugs or statistical codes.");
        Field(x => x.Year, nullable: true).Description("Only this year (not with fromYear or toYear).");
        Field(x => x.FromYear, nullable: true).Description("Only this year and later.");
        Field(x => x.ToYear, nullable: true).Description("Only this year and earlier.");
        Field(x => x.Sector, type: typeof(SectorGraphType)).Description("Only this sector's indicators.");
        Field(x => x.Codes, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Only these indicator codes.");
        Field(x => x.Status, type: typeof(ValueStatusGraphType)).Description("Only figures of this status.");
    }
}

public sealed class FigureOrderInputGraphType : InputObjectGraphType<FigureOrder>
{
    public FigureOrderInputGraphType()
    {
        Name = "IndicatorOrder";
        Description = "One key to order figures by. Ties go on to the next key, and in the end to province, year and indicator code.";
        Field(x => x.Field, type: typeof(NonNullGraphType<FigureOrderFieldGraphType>)).Description("What to order by.");
        Field(x => x.Direction, type: typeof(NonNullGraphType<SortDirectionGraphType>)).DefaultValue(SortDirection.Ascending);
    }
}
