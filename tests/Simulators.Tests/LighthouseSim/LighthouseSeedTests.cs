using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentUploads.LighthouseSim.Simulation;
using DocumentUploads.Simulators.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.Simulators.Tests.LighthouseSim;

/// <summary><c>POST /_sim/uploads/seed</c>: many uploads at once, stored as a rule, answered like real ones.</summary>
public sealed class LighthouseSeedTests(LighthouseSimFixture fixture) : IClassFixture<LighthouseSimFixture>
{
    private const string SeedPath = "_sim/uploads/seed";

    private LighthouseTestClient Lighthouse => fixture.Lighthouse;

    [Fact]
    public async Task Every_completed_every_th_seeded_id_succeeds_and_the_others_stay_in_claims_evidence()
    {
        var (first, count) = await SeedAsync(new { count = 1000, completedEvery = 10 });
        Assert.Equal(1000, count);

        var data = await Lighthouse.StatusDataAsync([.. Enumerable.Range(0, 1000).Select(i => first + i)]);

        Assert.Empty(data["requestIdsNotFound"]!.AsArray());
        var statuses = data["statuses"]!.AsArray().ToDictionary(s => s!["requestId"]!.GetValue<long>() - first, s => s!);
        Assert.Equal(1000, statuses.Count);
        var dayAgo = DateTimeOffset.UtcNow.AddDays(-1).ToUnixTimeMilliseconds();
        foreach (var (index, status) in statuses)
        {
            Assert.True(status["time"]!["startTime"]!.GetValue<long>() < dayAgo, "seeded documents were uploaded long ago");
            if (index % 10 == 0)
            {
                Assert.Equal("SUCCESS", status["status"]!.GetValue<string>());
                Assert.NotNull(status["time"]!["endTime"]);
                Assert.All(status["steps"]!.AsArray(), s => Assert.Equal("SUCCESS", s!["status"]!.GetValue<string>()));
            }
            else
            {
                Assert.Equal("IN_PROGRESS", status["status"]!.GetValue<string>());
                Assert.Null(status["time"]!["endTime"]);
                Assert.Equal("IN_PROGRESS", StepStatus(status, "CLAIMS_EVIDENCE"));
                Assert.Equal("NOT_STARTED", StepStatus(status, "BENEFITS_GATEWAY_SERVICE"));
            }
        }
        Assert.Equal(100, statuses.Values.Count(s => s["status"]!.GetValue<string>() == "SUCCESS"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(null)]
    public async Task Completed_every_zero_or_missing_completes_none(int? completedEvery)
    {
        var (first, _) = await SeedAsync(completedEvery is null ? (object)new { count = 25 } : new { count = 25, completedEvery });

        var data = await Lighthouse.StatusDataAsync([.. Enumerable.Range(0, 25).Select(i => first + i)]);

        Assert.Equal(25, data["statuses"]!.AsArray().Count);
        Assert.All(data["statuses"]!.AsArray(), s => Assert.Equal("IN_PROGRESS", s!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Seeded_ids_come_from_the_upload_sequence_so_they_never_collide_with_real_uploads()
    {
        var before = await Lighthouse.UploadDocumentAsync("before.pdf");
        var (first, count) = await SeedAsync(new { count = 500, completedEvery = 10 });
        var after = await Lighthouse.UploadDocumentAsync("after.pdf");

        Assert.True(before < first, $"{before} < {first}");
        Assert.True(after > first + count - 1, $"{after} > {first + count - 1}");
        var data = await Lighthouse.StatusDataAsync(before, first + count, after);
        Assert.Empty(data["requestIdsNotFound"]!.AsArray());
        using var recorded = await Lighthouse.Http.GetAsync($"_sim/uploads/{first + 1}");
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal("Stuck", (await recorded.ReadNodeAsync())["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_million_seeded_ids_store_no_records_and_are_answered_from_their_range()
    {
        var store = fixture.Sim.Services.GetRequiredService<UploadStore>();
        var recordsBefore = store.Count;

        var (first, _) = await SeedAsync(new { count = 1_000_000, completedEvery = 10 });

        Assert.Equal(recordsBefore, store.Count);
        var lastThousand = Enumerable.Range(999_000, 1000).Select(i => first + i).ToArray();
        var data = await Lighthouse.StatusDataAsync(lastThousand);

        Assert.Equal(1000, data["statuses"]!.AsArray().Count);
        Assert.Equal(100, data["statuses"]!.AsArray().Count(s => s!["status"]!.GetValue<string>() == "SUCCESS"));
        Assert.Equal(recordsBefore, store.Count); // answering made none either
    }

    [Fact]
    public async Task The_single_status_route_answers_seeded_ids()
    {
        var (first, _) = await SeedAsync(new { count = 2, completedEvery = 2 });

        using var completed = await Lighthouse.SingleStatusAsync(first);
        using var moving = await Lighthouse.SingleStatusAsync(first + 1);

        Assert.Equal("SUCCESS", (await completed.ReadNodeAsync())["data"]!["statuses"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("IN_PROGRESS", (await moving.ReadNodeAsync())["data"]!["statuses"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Forgetting_everything_forgets_seeded_ranges_too()
    {
        var (first, _) = await SeedAsync(new { count = 5, completedEvery = 1 });

        using (var forget = await Lighthouse.Http.DeleteAsync("_sim/uploads")) Assert.Equal(HttpStatusCode.NoContent, forget.StatusCode);

        var data = await Lighthouse.StatusDataAsync(first);
        Assert.Equal([first], data["requestIdsNotFound"]!.AsArray().Select(n => n!.GetValue<long>()));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"count":0,"completedEvery":10}""")]
    [InlineData("""{"count":100000001}""")]
    [InlineData("""{"count":10,"completedEvery":-1}""")]
    [InlineData("""{"count":"many"}""")]
    [InlineData("not json")]
    public async Task An_invalid_seed_request_is_a_400_in_lighthouse_shape(string body)
    {
        using var response = await Lighthouse.Http.PostAsync(SeedPath, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("400", (await response.ReadNodeAsync())["errors"]![0]!["status"]!.GetValue<string>());
    }

    private async Task<(long First, long Count)> SeedAsync(object request)
    {
        using var response = await Lighthouse.Http.PostAsJsonAsync(SeedPath, request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadNodeAsync();
        return (body["firstRequestId"]!.GetValue<long>(), body["count"]!.GetValue<long>());
    }

    private static string? StepStatus(JsonNode status, string step) =>
        status["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == step)!["status"]!.GetValue<string>();
}
