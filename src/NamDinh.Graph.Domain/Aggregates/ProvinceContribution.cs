namespace NamDinh.Graph.Domain.Aggregates;

/// <summary>
/// What one province's report adds to an aggregate across provinces: its figures of one sector, or its rankings,
/// as of <paramref name="ReportVersion"/>. An aggregate holds one contribution per province, so sending the same
/// one twice changes nothing.
/// </summary>
public sealed record ProvinceContribution<T>(string ProvinceCode, long ReportVersion, bool Synthetic, IReadOnlyList<T> Items)
{
    /// <summary>Whether this contribution says the same as <paramref name="other"/>, whatever their versions.</summary>
    public bool SaysTheSameAs(ProvinceContribution<T> other) =>
        ProvinceCode == other.ProvinceCode && Synthetic == other.Synthetic && Items.SequenceEqual(other.Items);
}
