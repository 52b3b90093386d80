using System.Globalization;
using System.Net;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderContract.Tests.Infrastructure;

namespace DocumentUploads.ProviderContract.Tests;

public abstract partial class ProviderContractSuite
{
    [Fact]
    public async Task An_accepted_document_is_in_progress_at_the_first_step_then_the_second_then_succeeds()
    {
        var steps = await StepNamesAsync();
        using var stopped = Stack.SimulatorClock.Stop(); // each step is seen however slow the machine is
        var requestId = await UploadAsync("progress.pdf");

        var first = Assert.Single((await ReportAsync([requestId])).Statuses);
        Assert.Equal(requestId, first.RequestId);
        Assert.Equal(ProviderDocumentStatus.InProgress, first.Status);
        Assert.Equal((steps[0], ProviderStep.InProgress), (first.Steps[0].Name, first.Steps[0].Status));
        Assert.Null(first.Error);

        Stack.SimulatorClock.Advance(ProviderStack.StepDuration);
        var second = Assert.Single((await ReportAsync([requestId])).Statuses);
        Assert.Equal(ProviderDocumentStatus.InProgress, second.Status);
        Assert.Equal([(steps[0], ProviderStep.Success), (steps[1], ProviderStep.InProgress)],
            second.Steps.Take(2).Select(s => (s.Name, s.Status)));

        Stack.SimulatorClock.Advance(ProviderStack.StepDuration * (steps.Count - 1));
        var done = Assert.Single((await ReportAsync([requestId])).Statuses);
        Assert.Equal(ProviderDocumentStatus.Success, done.Status);
        Assert.Equal(steps, done.Steps.Select(s => s.Name));
        Assert.All(done.Steps, s => Assert.Equal(ProviderStep.Success, s.Status));
        Assert.Null(done.Error);
    }

    [Fact]
    public async Task A_document_failing_at_the_second_step_is_failed_there_with_a_detail()
    {
        var steps = await StepNamesAsync();
        var requestId = await UploadAsync(FailsAtSecondStepFileName);

        var failed = await PollUntilAsync(requestId, ProviderDocumentStatus.Failed);

        Assert.Equal(ProviderDocumentStatus.Failed, failed?.Status);
        Assert.Equal(steps[1], failed!.Error?.Step);
        Assert.False(string.IsNullOrWhiteSpace(failed.Error?.Detail), "a FAILED status without an error detail");
        Assert.Equal((steps[0], ProviderStep.Success), (failed.Steps[0].Name, failed.Steps[0].Status));
        Assert.Equal((steps[1], ProviderStep.Failed), (failed.Steps[1].Name, failed.Steps[1].Status));
    }

    [Fact]
    public async Task Unknown_request_ids_come_back_in_not_found()
    {
        var neverFound = await UploadAsync(NeverFoundFileName);
        string[] unknown = [Guid.NewGuid().ToString(), "12345", "not-a-request-id", neverFound];

        var report = await ReportAsync(unknown);

        Assert.Empty(report.Statuses);
        Assert.Equal(unknown.Order(), report.NotFound.Order());
    }

    [Fact]
    public async Task An_empty_id_list_is_a_valid_query()
    {
        var report = await ReportAsync([]);

        Assert.Empty(report.Statuses);
        Assert.Empty(report.NotFound);
    }

    [Fact]
    public async Task A_batch_of_200_ids_reports_each_kind_correctly()
    {
        var steps = await StepNamesAsync();
        var expected = new Dictionary<string, string>(); // request id -> what it must be reported as
        foreach (var (fileName, kind) in new[]
                 {
                     ("ok.pdf", "SUCCESS"), (FailsAtFirstStepFileName, "FAILED:" + steps[0]),
                     (FailsAtSecondStepFileName, "FAILED:" + steps[1]), (StuckFileName, "IN_PROGRESS:" + steps[0]),
                     (NeverFoundFileName, "NOT_FOUND"),
                 })
        {
            for (var i = 0; i < 8; i++) expected[await UploadAsync($"batch-{i}-{fileName}")] = kind;
        }
        // Unknown ids of both shapes a provider might use: GUIDs and small numbers no simulator hands out.
        for (var i = 0; expected.Count < 200; i++)
        {
            expected[i % 2 == 0 ? Guid.NewGuid().ToString() : (1000 + i).ToString(CultureInfo.InvariantCulture)] = "NOT_FOUND";
        }
        var ids = expected.Keys.OrderBy(_ => Random.Shared.Next()).ToList();

        // Wait for the slowest outcome (the second step's), then judge one whole answer.
        var report = await Eventually.PollAsync(() => ReportAsync(ids),
            r => r.Statuses.Count(s => s.Status == ProviderDocumentStatus.Success) == 8
                 && r.Statuses.Count(s => s.Status == ProviderDocumentStatus.Failed) == 16);

        var seen = report.Statuses.Select(s => s.RequestId).Concat(report.NotFound).ToList();
        Assert.Equal(ids.Order(), seen.Order()); // each id exactly once, nothing nobody asked for
        var actual = report.Statuses.ToDictionary(s => s.RequestId, Kind);
        foreach (var id in report.NotFound) actual[id] = "NOT_FOUND";
        var wrong = expected.Where(e => actual.GetValueOrDefault(e.Key) != e.Value)
            .Select(e => $"{e.Key}: expected {e.Value}, got {actual.GetValueOrDefault(e.Key) ?? "nothing"}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Status_calls_the_backend_fails_are_502_with_an_error_body()
    {
        var requestId = await UploadAsync("status-outage.pdf");

        await WithSimulatorFaultsAsync(new SimulatorFaults(StatusFailureRate: 1), async () =>
        {
            using var response = await Provider.StatusesAsync([requestId]);

            await AssertErrorAsync(response, HttpStatusCode.BadGateway);
        });
    }

    [Fact]
    public async Task A_status_answer_that_is_not_json_is_502()
    {
        var requestId = await UploadAsync("garbled.pdf");

        await WithSimulatorFaultsAsync(new SimulatorFaults(MalformedStatusRate: 1), async () =>
        {
            using var response = await Provider.StatusesAsync([requestId]);

            await AssertErrorAsync(response, HttpStatusCode.BadGateway);
        });
    }

    /// <summary>SUCCESS, FAILED:{error.step}, or IN_PROGRESS:{the step in progress}.</summary>
    private static string Kind(ProviderDocumentStatus status) => status.Status switch
    {
        ProviderDocumentStatus.Failed => $"FAILED:{status.Error?.Step}",
        ProviderDocumentStatus.InProgress =>
            $"IN_PROGRESS:{status.Steps.FirstOrDefault(s => s.Status == ProviderStep.InProgress)?.Name}",
        _ => status.Status,
    };
}
