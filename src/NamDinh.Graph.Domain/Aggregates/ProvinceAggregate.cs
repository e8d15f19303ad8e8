namespace NamDinh.Graph.Domain.Aggregates;

/// <summary>
/// The contributions of every province to one aggregate (a sector's figures in a year, or a year's rankings),
/// ordered by province code. A contribution replaces the province's earlier one only when it comes from a later
/// version of the report: a replayed or late-arriving contribution changes nothing.
/// </summary>
public sealed class ProvinceAggregate<T>
{
    private readonly SortedDictionary<string, ProvinceContribution<T>> _byProvince;

    public ProvinceAggregate(IReadOnlyList<ProvinceContribution<T>> contributions)
    {
        _byProvince = new(StringComparer.Ordinal);
        foreach (var contribution in contributions)
            _byProvince[contribution.ProvinceCode] = contribution;
    }

    public IReadOnlyList<ProvinceContribution<T>> Contributions => [.. _byProvince.Values];

    public ProvinceContribution<T>? Of(string provinceCode) => _byProvince.GetValueOrDefault(provinceCode);

    /// <summary>
    /// The aggregate with <paramref name="contribution"/> taken in, and what that changed: nothing (an older or
    /// replayed version, or a later one that says the same, so each part keeps the version it last changed in and
    /// a store need not be written for changes elsewhere in the report), or the province's part.
    /// </summary>
    public (ProvinceAggregate<T> Aggregate, ContributionOutcome Outcome) With(ProvinceContribution<T> contribution)
    {
        var held = Of(contribution.ProvinceCode);
        if (held is not null && held.ReportVersion >= contribution.ReportVersion)
            return (this, ContributionOutcome.Unchanged);
        if (held is not null ? held.SaysTheSameAs(contribution) : contribution.Items.Count == 0)
            return (this, ContributionOutcome.SameContent);
        return (new ProvinceAggregate<T>([.. _byProvince.Values.Where(other => other.ProvinceCode != contribution.ProvinceCode), contribution]), ContributionOutcome.ContentChanged);
    }
}

public enum ContributionOutcome
{
    /// <summary>The aggregate already held this version of the province's report, or a later one.</summary>
    Unchanged,
    /// <summary>A later version of the report that says the same here (it changed elsewhere): the part keeps the version it last changed in.</summary>
    SameContent,
    /// <summary>The province's part of the aggregate changed.</summary>
    ContentChanged,
}
