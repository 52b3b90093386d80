using System.Net;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>The route the Dapr cron binding calls.</summary>
[Collection(StackCollection.Name)]
public sealed class PollTriggerTests(StackFixture stack)
{
    [Fact]
    public async Task A_trigger_runs_a_cycle_and_reports_it()
    {
        using var workflow = stack.Client(AppIds.DocumentWorkflow);
        var ran = await PollTrigger.RunOneAsync(workflow);

        Assert.Contains(ran.Outcome, new[] { "succeeded", "completed_with_errors" });
        Assert.NotNull(ran.FinishedAt);
    }

    [Fact]
    public async Task Concurrent_triggers_run_one_cycle_and_every_trigger_gets_a_2xx()
    {
        using var workflow = stack.Client(AppIds.DocumentWorkflow);
        using var sim = stack.Client(AppIds.LighthouseSim);
        // A document that stays pending and a slow status endpoint make every cycle last over a
        // second, so the triggers below certainly overlap a running cycle.
        var veteran = await stack.VeteranAsync("trigger-7");
        (await Uploads.PostAsync(veteran, "600000123", Uploads.Form("slow-sim-stuck.pdf"))).EnsureSuccessStatusCode();
        (await sim.PutAsJsonAsync("/_sim/faults", new
        {
            uploadFailureRate = 0, statusFailureRate = 0, statusLatencyMs = 1500, rateLimitPerSecond = 0, malformedStatusRate = 0,
        })).EnsureSuccessStatusCode();
        try
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                using var response = await workflow.PostAsync(WorkflowRoutes.StatusPoll, null);
                Assert.True(response.IsSuccessStatusCode, $"trigger answered {(int)response.StatusCode}");
                return (await response.Content.ReadFromJsonAsync<PollCycleView>())!;
            }));

            Assert.True(answers.Count(a => a.Outcome != "skipped") <= 1, string.Join(", ", answers.Select(a => a.Outcome)));
            Assert.True(answers.Count(a => a.Outcome == "skipped") >= 3, string.Join(", ", answers.Select(a => a.Outcome)));
        }
        finally
        {
            (await sim.PutAsJsonAsync("/_sim/faults", new
            {
                uploadFailureRate = 0, statusFailureRate = 0, statusLatencyMs = 0, rateLimitPerSecond = 0, malformedStatusRate = 0,
            })).EnsureSuccessStatusCode();
        }
    }
}
