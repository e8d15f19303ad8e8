using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Schema.Types;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Subscriptions;

public static class ChangeFilters
{
    /// <summary>The filter a client asked for, its province read as slug or code; BAD_USER_INPUT for an unknown one.</summary>
    public static ChangeFilter From(ChangeFilterInput? input, string field) => From(input?.Province, input?.Year, input?.Sector, input?.Code, field);

    public static ChangeFilter From(string? province, int? year, Sector? sector, string? code, string field)
    {
        var provinceCode = province is null ? null : ReportArguments.Province(province, $"{field}province").Code;
        return new ChangeFilter(provinceCode, year is { } given ? ReportArguments.Year(given, $"{field}year") : null, sector, code);
    }
}
