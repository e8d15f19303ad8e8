using GraphQL.Builders;
using GraphQL.Types;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types.Slices;

/// <summary>The fields every slice type shares: the province an entry is of, and the report it comes from.</summary>
public static class SliceFields
{
    public static FieldBuilder<TSource, Province> ProvinceField<TSource>(this ObjectGraphType<TSource> type, Func<TSource, string> provinceCode) =>
        type.Field<NonNullGraphType<ProvinceGraphType>, Province>("province")
            .Resolve(context => ProvinceDirectory.Default.FindByCode(provinceCode(context.Source))!);

    /// <summary>The report an entry comes from, read through the request's loader: one grain call per report, however many entries name it.</summary>
    public static void ReportField<TSource>(this ObjectGraphType<TSource> type, Func<TSource, ReportKey> report, string description) =>
        type.Field<ReportGraphType>("report")
            .Description(description)
            .Resolve(context => GrainLoaders.Of(context).Reports.Load(report(context.Source)).Map(found => found is null ? null : ReportScope.Current(found.Key).Of(found)));
}
