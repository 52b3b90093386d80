using System.Net;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.Stack.IntegrationTests;

public static class PollTrigger
{
    /// <summary>Triggers cycles until one runs (the 1 s schedule may hold the lease; a skipped
    /// trigger is a valid answer) and returns its finished figures.</summary>
    public static async Task<PollCycleView> RunOneAsync(HttpClient workflow, TimeSpan? within = null)
    {
        // While every status call fails and is retried with back-off, scheduled cycles (1 s apart)
        // can hold the lease most of the time: allow a bounded 30 s, not a count of tries.
        var deadline = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (DateTimeOffset.UtcNow < deadline)
        {
            using var response = await workflow.PostAsync($"{WorkflowRoutes.StatusPoll}?wait=true", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var view = (await response.Content.ReadFromJsonAsync<PollCycleView>())!;
            if (view.Outcome != "skipped") return view;
            await Task.Delay(100);
        }
        throw new TimeoutException("Every trigger was skipped: a poll cycle never finished.");
    }
}
