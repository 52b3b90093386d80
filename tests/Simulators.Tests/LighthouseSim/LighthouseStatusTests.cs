using System.Net;
using System.Text.Json.Nodes;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.LighthouseSim;

public sealed class LighthouseStatusTests(LighthouseSimFixture fixture) : IClassFixture<LighthouseSimFixture>
{
    private LighthouseTestClient Lighthouse => fixture.Lighthouse;

    [Fact]
    public async Task A_document_moves_through_both_steps_to_success()
    {
        using var stopped = fixture.Clock.Stop(); // each step is seen however slow the machine is
        var uploadedAt = fixture.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var requestId = await Lighthouse.UploadDocumentAsync("statement.pdf");

        var first = await StatusOfAsync(requestId);
        Assert.Equal(requestId, first!["requestId"]!.GetValue<long>());
        Assert.Equal("IN_PROGRESS", first["status"]!.GetValue<string>());
        Assert.Equal(("IN_PROGRESS", "NOT_STARTED"), (StepStatus(first, "CLAIMS_EVIDENCE"), StepStatus(first, "BENEFITS_GATEWAY_SERVICE")));
        Assert.Equal(uploadedAt, first["time"]!["startTime"]!.GetValue<long>());
        Assert.Null(first["time"]!["endTime"]);
        Assert.True(first["time"]!.AsObject().ContainsKey("endTime"), "endTime is present (null) while moving");
        Assert.False(first.AsObject().ContainsKey("error"));

        fixture.Clock.Advance(LighthouseSimFixture.StepDuration - TimeSpan.FromMilliseconds(1));
        Assert.Equal("IN_PROGRESS", StepStatus(await StatusOfAsync(requestId), "CLAIMS_EVIDENCE"));

        fixture.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var afterFirstStep = await StatusOfAsync(requestId);
        Assert.Equal("IN_PROGRESS", afterFirstStep!["status"]!.GetValue<string>());
        Assert.Equal(("SUCCESS", "IN_PROGRESS"),
            (StepStatus(afterFirstStep, "CLAIMS_EVIDENCE"), StepStatus(afterFirstStep, "BENEFITS_GATEWAY_SERVICE")));
        Assert.Null(afterFirstStep["time"]!["endTime"]);

        fixture.Clock.Advance(LighthouseSimFixture.StepDuration);
        var done = await StatusOfAsync(requestId);
        Assert.Equal("SUCCESS", done!["status"]!.GetValue<string>());
        Assert.Equal(uploadedAt + 2 * (long)LighthouseSimFixture.StepDuration.TotalMilliseconds, done["time"]!["endTime"]!.GetValue<long>());
        var steps = done["steps"]!.AsArray();
        Assert.Equal(["CLAIMS_EVIDENCE", "BENEFITS_GATEWAY_SERVICE"], steps.Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal("BENEFITS_GATEWAY_SERVICE", steps[0]!["nextStepName"]!.GetValue<string>());
        Assert.True(steps[1]!.AsObject().ContainsKey("nextStepName") && steps[1]!["nextStepName"] is null);
        Assert.All(steps, s => Assert.Equal("SUCCESS", s!["status"]!.GetValue<string>()));
        Assert.All(steps, s => Assert.False(string.IsNullOrEmpty(s!["description"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Sim_fail_vbms_fails_at_claims_evidence_with_an_error()
    {
        var requestId = await Lighthouse.UploadDocumentAsync("evidence-SIM-FAIL-VBMS.pdf");

        var failed = await Lighthouse.PollUntilAsync(requestId, "FAILED");

        Assert.Equal("FAILED", failed!["status"]!.GetValue<string>());
        Assert.Equal("CLAIMS_EVIDENCE", failed["error"]!["step"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(failed["error"]!["detail"]!.GetValue<string>()));
        Assert.Equal("FAILED", StepStatus(failed, "CLAIMS_EVIDENCE"));
        Assert.Equal("NOT_STARTED", StepStatus(failed, "BENEFITS_GATEWAY_SERVICE"));
        Assert.NotNull(failed["time"]!["endTime"]);
    }

    [Fact]
    public async Task Sim_fail_bgs_fails_at_the_benefits_gateway_after_two_steps()
    {
        var requestId = await Lighthouse.UploadDocumentAsync("sim-fail-bgs.pdf");

        var failed = await Lighthouse.PollUntilAsync(requestId, "FAILED");

        Assert.Equal("FAILED", failed!["status"]!.GetValue<string>());
        Assert.Equal("BENEFITS_GATEWAY_SERVICE", failed["error"]!["step"]!.GetValue<string>());
        Assert.Equal("SUCCESS", StepStatus(failed, "CLAIMS_EVIDENCE"));
        Assert.Equal("FAILED", StepStatus(failed, "BENEFITS_GATEWAY_SERVICE"));
    }

    [Fact]
    public async Task Sim_fail_noerror_fails_without_an_error_object()
    {
        var requestId = await Lighthouse.UploadDocumentAsync("sim-fail-noerror.pdf");

        var failed = await Lighthouse.PollUntilAsync(requestId, "FAILED");

        Assert.Equal("FAILED", failed!["status"]!.GetValue<string>());
        Assert.False(failed.AsObject().ContainsKey("error"));
        Assert.Equal("FAILED", StepStatus(failed, "CLAIMS_EVIDENCE"));
    }

    [Fact]
    public async Task Sim_stuck_stays_in_progress_while_others_finish()
    {
        var stuck = await Lighthouse.UploadDocumentAsync("sim-stuck.pdf");
        var normal = await Lighthouse.UploadDocumentAsync("normal.pdf");

        await Lighthouse.PollUntilAsync(normal, "SUCCESS");
        var data = await Lighthouse.StatusDataAsync(stuck, normal);

        var stuckStatus = data["statuses"]!.AsArray().Single(s => s!["requestId"]!.GetValue<long>() == stuck)!;
        Assert.Equal("IN_PROGRESS", stuckStatus["status"]!.GetValue<string>());
        Assert.Equal("IN_PROGRESS", StepStatus(stuckStatus, "CLAIMS_EVIDENCE"));
        Assert.Null(stuckStatus["time"]!["endTime"]);
    }

    [Fact]
    public async Task Sim_not_found_uploads_but_is_always_reported_not_found()
    {
        var requestId = await Lighthouse.UploadDocumentAsync("sim-not-found.pdf");
        var normal = await Lighthouse.UploadDocumentAsync("normal.pdf");

        await Lighthouse.PollUntilAsync(normal, "SUCCESS");
        var data = await Lighthouse.StatusDataAsync(requestId);

        Assert.Empty(data["statuses"]!.AsArray());
        Assert.Equal([requestId], data["requestIdsNotFound"]!.AsArray().Select(n => n!.GetValue<long>()));
        using var single = await Lighthouse.SingleStatusAsync(requestId);
        Assert.Equal(HttpStatusCode.NotFound, single.StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_are_listed_as_not_found_and_digit_strings_are_accepted()
    {
        var known = await Lighthouse.UploadDocumentAsync("known.pdf");

        using var response = await Lighthouse.StatusAsync([known.ToString(System.Globalization.CultureInfo.InvariantCulture), 42L]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.ReadNodeAsync())["data"]!;
        Assert.Equal(known, data["statuses"]![0]!["requestId"]!.GetValue<long>());
        Assert.Equal([42L], data["requestIdsNotFound"]!.AsArray().Select(n => n!.GetValue<long>()));
    }

    [Fact]
    public async Task The_single_status_route_answers_for_a_known_id_and_404_for_an_unknown_one()
    {
        var known = await Lighthouse.UploadDocumentAsync("single.pdf");

        using var found = await Lighthouse.SingleStatusAsync(known);
        using var missing = await Lighthouse.SingleStatusAsync(7);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(known, (await found.ReadNodeAsync())["data"]!["statuses"]![0]!["requestId"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("404", (await missing.ReadNodeAsync())["errors"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task More_ids_than_allowed_is_a_400()
    {
        using var response = await Lighthouse.StatusAsync(Enumerable.Range(1, 1001).Select(i => (object)(long)i));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_full_request_of_1000_ids_is_answered_in_one_response()
    {
        var known = await Lighthouse.UploadDocumentAsync("fast.pdf");
        // Ids far above any this sim will issue during the test run.
        var ids = Enumerable.Range(0, 999).Select(i => (object)(known + 10_000_000 + i)).Append(known).ToList();

        using var response = await Lighthouse.StatusAsync(ids);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.ReadNodeAsync())["data"]!;
        Assert.Single(data["statuses"]!.AsArray());
        Assert.Equal(999, data["requestIdsNotFound"]!.AsArray().Count);
    }

    private async Task<JsonNode?> StatusOfAsync(long requestId) =>
        (await Lighthouse.StatusDataAsync(requestId))["statuses"]!.AsArray().SingleOrDefault();

    private static string? StepStatus(JsonNode? status, string step) =>
        status?["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == step)!["status"]!.GetValue<string>();
}
