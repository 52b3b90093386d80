using System.Net;
using System.Text.Json;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>Each /ops/api route's numbers against the seeded documents, transitions and cycles, over real HTTP,
/// and each page showing the same numbers (read from its data-metric / data-value attributes).</summary>
public sealed class DashboardDataTests(SeededDashboard seeded) : IClassFixture<SeededDashboard>
{
    private DashboardHost Host => seeded.Host;

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var client = Host.Bearer(Host.OpsToken());
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<string> PageAsync(string path)
    {
        using var client = Host.Bearer(Host.OpsToken());
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Summary_counts_the_seed_by_status_step_provider_type_and_form526_kind_and_the_overview_shows_the_same()
    {
        var summary = await JsonAsync("/ops/api/summary");
        var page = DashboardHost.Metrics(await PageAsync("/ops"));

        Assert.Equal(8, summary.GetProperty("total").GetInt64());
        var byStatus = summary.GetProperty("byStatus").EnumerateArray()
            .ToDictionary(s => s.GetProperty("status").GetString()!, s => s.GetProperty("count").GetInt64());
        Assert.Equal(new Dictionary<string, long>
        {
            ["submitted"] = 2, ["in_progress"] = 1, ["completed"] = 1, ["failed"] = 1, ["upload_failed"] = 1, ["not_found"] = 1,
            ["timed_out"] = 1,
        }, byStatus);
        Assert.Equal(["submitted", "in_progress", "completed", "failed", "upload_failed", "not_found", "timed_out"], byStatus.Keys);
        var failedSteps = summary.GetProperty("byStatus")[3].GetProperty("steps")[0];
        Assert.Equal(("BENEFITS_GATEWAY_SERVICE", "in BGS"), (failedSteps.GetProperty("step").GetString(), failedSteps.GetProperty("label").GetString()));
        var timedOutStep = summary.GetProperty("byStatus")[6].GetProperty("steps")[0];
        Assert.Equal("in VBMS", timedOutStep.GetProperty("label").GetString());

        var providers = summary.GetProperty("byProvider").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("total").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["lighthouse"] = 7, ["champva"] = 1 }, providers);
        var types = summary.GetProperty("byDocumentType").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("total").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["L023"] = 7, ["L228"] = 1 }, types);
        var kinds = summary.GetProperty("byForm526Kind").EnumerateArray().Select(p => (p.GetProperty("key").GetString(), p.GetProperty("total").GetInt64()));
        Assert.Equal([("bdd_instructions", 1L)], kinds);

        // The page, from the same report.
        Assert.Equal(8, page["total"]);
        Assert.Equal(8, page["status.total"]);
        foreach (var (status, count) in byStatus) Assert.Equal(count, page[$"status.{status}"]);
        Assert.Equal(1, page["status.failed.BENEFITS_GATEWAY_SERVICE"]);
        Assert.Equal(1, page["status.in_progress.PEGA"]);
        Assert.Equal((7, 2, 1, 2), (page["provider.lighthouse"], page["provider.lighthouse.failed"], page["provider.lighthouse.completed"],
            page["provider.lighthouse.pending"]));
        Assert.Equal(1, page["provider.champva.pending"]);
        Assert.Equal((7, 1), (page["document_type.L023"], page["document_type.L228"]));
        Assert.Equal(1, page["form526_kind.bdd_instructions"]);
        Assert.Equal((2, 1), (page["stuck.warning"], page["stuck.critical"]));
        Assert.Equal((4, 1, 2), (page["24h.uploads"], page["24h.completions"], page["24h.failures"]));
    }

    [Theory]
    [InlineData("24h", 24, 60)]
    [InlineData("7d", 28, 360)]
    public async Task Throughput_puts_every_seeded_event_in_its_bucket_and_the_page_table_has_the_same_numbers(string range, int buckets,
        int bucketMinutes)
    {
        var report = await JsonAsync($"/ops/api/throughput?range={range}");
        var page = DashboardHost.Metrics(await PageAsync("/ops/throughput"));

        Assert.Equal((range, bucketMinutes), (report.GetProperty("range").GetString(), report.GetProperty("bucketMinutes").GetInt32()));
        var rows = report.GetProperty("buckets").EnumerateArray().ToList();
        Assert.Equal(buckets, rows.Count);
        long In(List<DateTimeOffset> events, JsonElement b) =>
            events.Count(t => t >= b.GetProperty("start").GetDateTimeOffset() && t < b.GetProperty("end").GetDateTimeOffset());
        foreach (var b in rows)
        {
            Assert.Equal(In(seeded.Uploads, b), b.GetProperty("uploads").GetInt64());
            Assert.Equal(In(seeded.Completions, b), b.GetProperty("completions").GetInt64());
            Assert.Equal(In(seeded.Failures, b), b.GetProperty("failures").GetInt64());
            var key = b.GetProperty("start").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(b.GetProperty("uploads").GetInt64(), page[$"{range}.uploads.{key}"]);
            Assert.Equal(b.GetProperty("failures").GetInt64(), page[$"{range}.failures.{key}"]);
        }
        var expectedUploads = range == "24h" ? 4 : 8;
        Assert.Equal((expectedUploads, 1L, 2L), (report.GetProperty("uploads").GetInt64(), report.GetProperty("completions").GetInt64(),
            report.GetProperty("failures").GetInt64()));
        Assert.Equal(expectedUploads, page[$"{range}.uploads"]);
    }

    [Fact]
    public async Task An_unknown_range_is_refused_with_a_code()
    {
        using var client = Host.Bearer(Host.OpsToken());
        using var response = await client.GetAsync("/ops/api/throughput?range=30d");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"INVALID_RANGE\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_chart_is_an_accessible_inline_svg()
    {
        var html = await PageAsync("/ops/throughput");
        Assert.Contains("<svg class=\"chart\" id=\"chart-24h\"", html);
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-24h-title chart-24h-desc\"", html);
        Assert.Contains("<title id=\"chart-7d-title\">", html);
        Assert.Contains("4 uploads, 1 completions and 2 failures", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task Failures_list_the_newest_first_with_provider_step_and_error_and_link_to_the_full_history()
    {
        var failures = (await JsonAsync("/ops/api/failures")).EnumerateArray().ToList();
        var page = await PageAsync("/ops/failures");

        Assert.Equal([seeded.UploadFailed.Id, seeded.FailedAtBgs.Id], failures.Select(f => f.GetProperty("id").GetGuid()));
        var bgs = failures[1];
        Assert.Equal(("lighthouse", "failed", "in BGS", "BGS rejected the document"),
            (bgs.GetProperty("provider").GetString(), bgs.GetProperty("status").GetString(), bgs.GetProperty("stepLabel").GetString(),
                bgs.GetProperty("error").GetString()));
        Assert.Equal("Lighthouse answered 500", failures[0].GetProperty("error").GetString());
        Assert.Contains($"href=\"/ops/documents/{seeded.FailedAtBgs.Id}\"", page);
        Assert.Contains("BGS rejected the document", page);
        Assert.Single((await JsonAsync("/ops/api/failures?limit=1")).EnumerateArray());

        var document = await JsonAsync($"/ops/api/documents/{seeded.FailedAtBgs.Id}");
        var history = document.GetProperty("history").EnumerateArray().Select(t => t.GetProperty("to").GetString()).ToList();
        Assert.Equal(["submitted", "failed"], history);
        var documentPage = await PageAsync($"/ops/documents/{seeded.FailedAtBgs.Id}");
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(documentPage, "<tr data-to=").Count);
        Assert.Contains("<tr data-to=\"failed\">", documentPage);
    }

    [Fact]
    public async Task An_unknown_document_is_404_in_json_and_on_the_page()
    {
        using var client = Host.Bearer(Host.OpsToken());
        var id = Guid.NewGuid();
        using var json = await client.GetAsync($"/ops/api/documents/{id}");
        using var page = await client.GetAsync($"/ops/documents/{id}");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (json.StatusCode, page.StatusCode));
        Assert.Contains("\"DOCUMENT_NOT_FOUND\"", await json.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stuck_counts_pending_documents_past_the_gauge_thresholds_and_lists_not_found_and_timed_out()
    {
        var stuck = await JsonAsync("/ops/api/stuck");
        var page = DashboardHost.Metrics(await PageAsync("/ops/stuck"));

        Assert.Equal((24.0, 96.0), (stuck.GetProperty("warningAfterHours").GetDouble(), stuck.GetProperty("criticalAfterHours").GetDouble()));
        Assert.Equal((2L, 1L, 1L, 1L), (stuck.GetProperty("pastWarning").GetInt64(), stuck.GetProperty("pastCritical").GetInt64(),
            stuck.GetProperty("notFound").GetInt64(), stuck.GetProperty("timedOut").GetInt64()));
        var listed = stuck.GetProperty("stuck").EnumerateArray()
            .Select(s => (s.GetProperty("document").GetProperty("id").GetGuid(), s.GetProperty("severity").GetString())).ToList();
        Assert.Equal([(seeded.StuckCritical.Id, "critical"), (seeded.StuckWarning.Id, "warning")], listed);
        Assert.Equal([seeded.NotFound.Id], stuck.GetProperty("notFoundDocuments").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        Assert.Equal([seeded.TimedOut.Id], stuck.GetProperty("timedOutDocuments").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));

        Assert.Equal((2, 1, 1, 1), (page["stuck.warning"], page["stuck.critical"], page["not_found"], page["timed_out"]));
    }

    [Fact]
    public async Task Cycles_show_when_how_long_how_many_polled_transitions_and_provider_errors()
    {
        var cycles = (await JsonAsync("/ops/api/cycles")).EnumerateArray().ToList();
        var page = DashboardHost.Metrics(await PageAsync("/ops/cycles"));

        var cycle = Assert.Single(cycles);
        Assert.Equal((seeded.Cycle.Id, 1500L, 7, 2, 1, "completed_with_errors"),
            (cycle.GetProperty("id").GetGuid(), cycle.GetProperty("durationMs").GetInt64(), cycle.GetProperty("documentsPolled").GetInt32(),
                cycle.GetProperty("transitions").GetInt32(), cycle.GetProperty("providerErrors").GetInt32(), cycle.GetProperty("outcome").GetString()));
        Assert.Equal((7, 2, 1), (page[$"cycle.{seeded.Cycle.Id}.polled"], page[$"cycle.{seeded.Cycle.Id}.transitions"],
            page[$"cycle.{seeded.Cycle.Id}.provider_errors"]));
    }

    [Fact]
    public async Task Form526_lists_submissions_past_the_sla_with_a_document_not_completed()
    {
        var report = await JsonAsync("/ops/api/form526/incomplete");
        var page = await PageAsync("/ops/form526");

        Assert.Equal(72.0, report.GetProperty("slaHours").GetDouble());
        var submission = Assert.Single(report.GetProperty("submissions").EnumerateArray());
        Assert.Equal("s-late", submission.GetProperty("submissionId").GetString());
        var expected = submission.GetProperty("expected").EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("status").ValueKind == JsonValueKind.Null ? null : e.GetProperty("status").GetString()))
            .ToList();
        Assert.Equal([("bdd_instructions", "submitted"), ("form_0781", (string?)null)], expected);
        Assert.Equal(1, DashboardHost.Metrics(page)["form526.incomplete"]);
        Assert.Contains("data-submission-id=\"s-late\"", page);
        Assert.Contains("never uploaded", page);
    }
}
