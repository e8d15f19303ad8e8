using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Domain.Changes;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// A node's reconciliation, round by round: a report is caught up when the node delivered less than storage held both a
/// round ago and now; one equal, ahead, only just changed, or whose version the catalog does not know is left; a report
/// the node never delivered a change of is owed changes from the first round on, or all of them if it is new since.
/// </summary>
public sealed class ReconciliationFindsWhatIsBehind
{
    private static readonly ReportKey Nam = new("36", 2021), Ha = new("01", 2021), Hue = new("46", 2021);

    private static ReportMark Mark(ReportKey key, long? version) => new(key, version, null, null);

    private static Func<ReportKey, long?> Delivered(params (ReportKey Key, long Version)[] delivered) =>
        key => delivered.Where(entry => entry.Key == key).Select(entry => (long?)entry.Version).FirstOrDefault();

    [Fact]
    public void The_first_round_only_learns_what_storage_holds()
    {
        var reconciliation = new ChangeReconciliation();

        Assert.Empty(reconciliation.Plan([Mark(Nam, 7), Mark(Ha, 3)], Delivered((Nam, 2))));
    }

    [Fact]
    public void A_report_behind_in_two_rounds_is_caught_up_from_what_was_delivered_to_what_is_stored()
    {
        var reconciliation = new ChangeReconciliation();
        reconciliation.Plan([Mark(Nam, 5)], Delivered((Nam, 4)));

        var behind = reconciliation.Plan([Mark(Nam, 6)], Delivered((Nam, 4)));

        Assert.Equal([new ChangeReconciliation.Behind(Nam, 4, 6)], behind);
    }

    [Fact]
    public void A_change_stored_since_the_last_round_is_left_to_arrive()
    {
        var reconciliation = new ChangeReconciliation();
        reconciliation.Plan([Mark(Nam, 5)], Delivered((Nam, 5)));

        Assert.Empty(reconciliation.Plan([Mark(Nam, 6)], Delivered((Nam, 5))));
        // Still not there a round later: now it is missing.
        Assert.Equal([new ChangeReconciliation.Behind(Nam, 5, 6)], reconciliation.Plan([Mark(Nam, 6)], Delivered((Nam, 5))));
    }

    [Fact]
    public void A_report_equal_or_ahead_of_the_catalog_is_left()
    {
        var reconciliation = new ChangeReconciliation();
        reconciliation.Plan([Mark(Nam, 5), Mark(Ha, 3)], Delivered());

        Assert.Empty(reconciliation.Plan([Mark(Nam, 5), Mark(Ha, 3)], Delivered((Nam, 5), (Ha, 4))));
    }

    [Fact]
    public void A_report_the_node_never_delivered_is_owed_the_changes_after_the_first_round()
    {
        var reconciliation = new ChangeReconciliation();
        reconciliation.Plan([Mark(Nam, 5)], Delivered());
        reconciliation.Plan([Mark(Nam, 6)], Delivered());

        Assert.Equal([new ChangeReconciliation.Behind(Nam, 5, 6)], reconciliation.Plan([Mark(Nam, 6)], Delivered()));
    }

    [Fact]
    public void A_report_new_since_the_first_round_is_owed_all_its_changes()
    {
        var reconciliation = new ChangeReconciliation();
        reconciliation.Plan([Mark(Nam, 5)], Delivered());

        Assert.Empty(reconciliation.Plan([Mark(Nam, 5), Mark(Hue, 2)], Delivered()));
        Assert.Equal([new ChangeReconciliation.Behind(Hue, 0, 2)], reconciliation.Plan([Mark(Nam, 5), Mark(Hue, 2)], Delivered()));
    }

    [Fact]
    public void A_report_whose_version_the_catalog_does_not_know_is_left_and_its_first_known_version_is_where_it_starts()
    {
        var reconciliation = new ChangeReconciliation();
        reconciliation.Plan([Mark(Ha, null)], Delivered());

        Assert.Empty(reconciliation.Plan([Mark(Ha, null)], Delivered()));
        Assert.Empty(reconciliation.Plan([Mark(Ha, 9)], Delivered()));
        Assert.Empty(reconciliation.Plan([Mark(Ha, 9)], Delivered()));
        Assert.Empty(reconciliation.Plan([Mark(Ha, 10)], Delivered()));
        Assert.Equal([new ChangeReconciliation.Behind(Ha, 9, 10)], reconciliation.Plan([Mark(Ha, 10)], Delivered()));
    }
}
