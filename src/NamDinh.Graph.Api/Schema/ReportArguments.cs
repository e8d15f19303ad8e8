using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema;

/// <summary>The checks every resolver makes of the report arguments a client gives, with one wording for each.</summary>
public static class ReportArguments
{
    public static string UnknownProvince(string given) =>
        $"There is no province '{given}'. Use a slug such as \"nam-dinh\" or a statistical code such as \"36\"; the query provinces lists them.";

    /// <summary>The year, if it is one a report can be for; BAD_USER_INPUT naming <paramref name="field"/> otherwise.</summary>
    public static int Year(int year, string field) =>
        year is >= ReportKey.EarliestYear and <= ReportKey.LatestYear
            ? year
            : throw ClientErrors.BadUserInput(field, $"Year {year} is outside {ReportKey.EarliestYear}–{ReportKey.LatestYear}.");

    /// <summary>
    /// The page size the argument <paramref name="field"/> asks for, within 1 and the field's own
    /// <paramref name="max"/> or the configured Limits:MaxPageSize, whichever is smaller; BAD_USER_INPUT otherwise.
    /// A field's default page larger than the limit is cut to it: the client asked for no size, by leaving the argument
    /// out or by giving it null.
    /// </summary>
    public static int PageSize(GraphQL.IResolveFieldContext context, RequestLimits limits, int max, string field)
    {
        var limit = Math.Min(max, limits.MaxPageSize);
        var given = context.Arguments?.TryGetValue(field, out var argument) == true ? argument : default;
        // An explicit null asks for no size, as leaving the argument out does: the field's default page.
        if (given.Source == GraphQL.Execution.ArgumentSource.FieldDefault || given.Value is null)
            return context.FieldDefinition.Arguments?.Find(field)?.DefaultValue is int page
                ? Math.Min(page, limit)
                : throw ClientErrors.BadUserInput(field, $"{field} must be within 1–{limit}, not null.");
        var first = (int)given.Value;
        return first is >= 1 && first <= limit ? first : throw ClientErrors.BadUserInput(field, $"{field} must be within 1–{limit}, not {first}.");
    }

    /// <summary>A province by slug or code, for arguments where an unknown one is the client's mistake (BAD_USER_INPUT).</summary>
    public static Province Province(string given, string field) =>
        ProvinceDirectory.Default.Find(given) ?? throw ClientErrors.BadUserInput(field, UnknownProvince(given));
}
