using System.Net;
using System.Text.Json.Nodes;
using DocumentUploads.LighthouseSim.Simulation;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.LighthouseSim;

/// <summary>The two ways a real status answer can be wrong without failing: an id left out
/// (<c>sim-unmentioned</c>) and a status for an id nobody asked about (<c>sim-extra-id</c>).</summary>
public sealed class LighthouseOmissionTests(LighthouseSimFixture fixture) : IClassFixture<LighthouseSimFixture>
{
    private LighthouseTestClient Lighthouse => fixture.Lighthouse;

    [Fact]
    public async Task Sim_unmentioned_uploads_but_no_status_answer_ever_mentions_it()
    {
        var unmentioned = await Lighthouse.UploadDocumentAsync("report-SIM-UNMENTIONED.pdf");
        var normal = await Lighthouse.UploadDocumentAsync("normal.pdf");
        await Lighthouse.PollUntilAsync(normal, "SUCCESS"); // both steps have passed for both

        var together = await Lighthouse.StatusDataAsync(unmentioned, normal);
        var alone = await Lighthouse.StatusDataAsync(unmentioned);

        Assert.Equal([normal], together["statuses"]!.AsArray().Select(s => s!["requestId"]!.GetValue<long>()));
        Assert.Empty(together["requestIdsNotFound"]!.AsArray());
        Assert.Empty(alone["statuses"]!.AsArray());
        Assert.Empty(alone["requestIdsNotFound"]!.AsArray());
        using var single = await Lighthouse.SingleStatusAsync(unmentioned);
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.Empty((await single.ReadNodeAsync())["data"]!["statuses"]!.AsArray());
        using var recorded = await Lighthouse.Http.GetAsync($"_sim/uploads/{unmentioned}");
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode); // the upload itself was accepted and kept
    }

    [Fact]
    public async Task Sim_extra_id_moves_normally_and_every_answer_including_it_adds_a_status_nobody_asked_about()
    {
        using var stopped = fixture.Clock.Stop(); // the first answer is seen in progress however slow the machine is
        var extra = await Lighthouse.UploadDocumentAsync("scan-sim-extra-id.pdf");
        var normal = await Lighthouse.UploadDocumentAsync("normal.pdf");
        var unasked = extra + UploadProgress.ExtraRequestIdOffset;

        var first = await Lighthouse.StatusDataAsync(extra, normal);
        Assert.Equal(new[] { extra, unasked, normal }.Order(), Ids(first).Order());
        Assert.Equal("IN_PROGRESS", StatusOf(first, extra));
        Assert.Equal("SUCCESS", StatusOf(first, unasked));
        Assert.Empty(first["requestIdsNotFound"]!.AsArray());

        fixture.Clock.Advance(LighthouseSimFixture.StepDuration * 2);
        var done = await Lighthouse.StatusDataAsync(extra);
        Assert.Equal("SUCCESS", StatusOf(done, extra));
        Assert.Equal([extra, unasked], Ids(done).Order());

        Assert.Equal([normal], Ids(await Lighthouse.StatusDataAsync(normal)));
        using var single = await Lighthouse.SingleStatusAsync(extra);
        Assert.Equal([extra, unasked], Ids((await single.ReadNodeAsync())["data"]!).Order());
    }

    private static IEnumerable<long> Ids(JsonNode data) =>
        data["statuses"]!.AsArray().Select(s => s!["requestId"]!.GetValue<long>());

    private static string? StatusOf(JsonNode data, long requestId) =>
        data["statuses"]!.AsArray().SingleOrDefault(s => s!["requestId"]!.GetValue<long>() == requestId)?["status"]?.GetValue<string>();
}
