using DocumentUploads.DocumentWorkflow.Ops;
using DocumentUploads.DocumentWorkflow.Ops.Queries;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>The pure shaping of the dashboard's reports: bucket edges, empty buckets, pivots, step names.</summary>
public sealed class OpsReportShapesTests
{
    [Fact]
    public void The_24h_range_is_24_hourly_buckets_ending_with_the_current_hour()
    {
        var now = new DateTimeOffset(2026, 11, 10, 12, 34, 56, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 9, 13, 0, 0, TimeSpan.Zero), ThroughputRange.Day.StartFor(now));
        Assert.Equal(new DateTimeOffset(2026, 11, 9, 13, 0, 0, TimeSpan.Zero),
            ThroughputRange.Day.StartFor(new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_7d_range_is_28_six_hour_buckets_aligned_to_utc_midnight()
    {
        var now = new DateTimeOffset(2026, 11, 10, 13, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 18, 0, 0, TimeSpan.Zero), ThroughputRange.Week.StartFor(now));
        Assert.Equal(ThroughputRange.Week, ThroughputRange.Parse("7d"));
        Assert.Equal(ThroughputRange.Day, ThroughputRange.Parse(null));
        Assert.Null(ThroughputRange.Parse("30d"));
    }

    [Fact]
    public void A_report_has_every_bucket_with_zeros_where_nothing_happened_and_totals()
    {
        var from = new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero);
        var report = ThroughputReport.Create(ThroughputRange.Day, from,
            [new(0, ThroughputSeries.Uploads, 3), new(23, ThroughputSeries.Failures, 2), new(5, ThroughputSeries.Completions, 1), new(24, ThroughputSeries.Uploads, 9)]);

        Assert.Equal(24, report.Buckets.Count);
        Assert.Equal((from, from.AddHours(1), 3L, 0L, 0L), Tuple(report.Buckets[0]));
        Assert.Equal((from.AddHours(23), from.AddHours(24), 0L, 0L, 2L), Tuple(report.Buckets[23]));
        Assert.Equal((3L, 1L, 2L, from.AddHours(24)), (report.Uploads, report.Completions, report.Failures, report.To));
    }

    [Fact]
    public void The_summary_orders_statuses_as_documents_move_names_steps_and_pivots_groups_by_total()
    {
        var summary = OpsSummary.From(new OpsCounts(
            [new("completed", null, 5), new("in_progress", "BENEFITS_GATEWAY_SERVICE", 1), new("in_progress", "CLAIMS_EVIDENCE", 2),
                new("in_progress", "INTAKE", 1), new("submitted", null, 4)],
            [new("champva", "completed", 1), new("lighthouse", "completed", 4), new("lighthouse", "submitted", 4)], [], []),
            DateTimeOffset.UnixEpoch);

        Assert.Equal(13, summary.Total);
        Assert.Equal(["submitted", "in_progress", "completed"], summary.ByStatus.Select(s => s.Status));
        Assert.Equal([("BENEFITS_GATEWAY_SERVICE", "in BGS", 1L), ("CLAIMS_EVIDENCE", "in VBMS", 2L), ("INTAKE", "INTAKE", 1L)],
            summary.ByStatus[1].Steps.Select(s => (s.Step, s.Label, s.Count)));
        Assert.Equal([("lighthouse", 8L), ("champva", 1L)], summary.ByProvider.Select(p => (p.Key, p.Total)));
        Assert.Equal(4, summary.ByProvider[0].ByStatus["submitted"]);
    }

    private static (DateTimeOffset, DateTimeOffset, long, long, long) Tuple(ThroughputBucket b) =>
        (b.Start, b.End, b.Uploads, b.Completions, b.Failures);
}
