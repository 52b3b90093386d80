using DocumentUploads.Alerting;
using DocumentUploads.UploadApi.Monitoring;

namespace DocumentUploads.UploadApi.Tests.Monitoring;

/// <summary>The workflow_unreachable rule: fires once after the failures have lasted long enough, not before,
/// and resolves (the same firing) on the first registration that gets through.</summary>
public sealed class WorkflowUnreachableStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan After = TimeSpan.FromMinutes(2);

    /// <summary>The outbox is counted only for a firing; before one, counting would be wasted directory reads.</summary>
    private static int NotCounted() => throw new InvalidOperationException("the outbox was counted without a firing");

    [Fact]
    public void Failures_shorter_than_the_threshold_send_nothing()
    {
        var state = new WorkflowUnreachableState();
        Assert.Null(state.Failed(T0, "HttpRequestException", After, NotCounted));
        Assert.Null(state.Failed(T0 + After - TimeSpan.FromSeconds(1), "HttpRequestException", After, NotCounted));
        Assert.Null(state.Check(T0 + After - TimeSpan.FromMilliseconds(1), After, NotCounted));
        Assert.Equal(T0, state.FailingSince);
        Assert.Null(state.Active);
    }

    [Fact]
    public void Fires_once_when_the_failures_have_lasted_the_threshold_even_without_another_upload()
    {
        var state = new WorkflowUnreachableState();
        state.Failed(T0, "BrokenCircuitException", After, () => 1);

        var fired = state.Check(T0 + After, After, () => 3);

        Assert.NotNull(fired);
        Assert.Equal(AlertWebhookMessage.Fired, fired.Event);
        Assert.Equal("workflow_unreachable", fired.Alert.Monitor);
        Assert.Equal(AlertSeverities.Critical, fired.Alert.Severity);
        Assert.Equal(T0 + After, fired.Alert.FiredAt);
        Assert.Null(fired.Alert.ResolvedAt);
        Assert.Contains("for 2 min (BrokenCircuitException)", fired.Alert.Summary);
        Assert.Contains("3 registration(s) wait in the outbox", fired.Alert.Summary);
        // Still failing: nothing new is sent, the firing's last-seen time moves on.
        Assert.Null(state.Failed(T0 + After + TimeSpan.FromSeconds(30), "HttpRequestException", After, () => 4));
        Assert.Null(state.Check(T0 + After + TimeSpan.FromMinutes(1), After, () => 4));
        Assert.Equal(T0 + After + TimeSpan.FromMinutes(1), state.Active!.LastSeenAt);
        Assert.Equal(fired.Alert.Id, state.Active.Id);
    }

    [Fact]
    public void A_failed_upload_past_the_threshold_fires_at_once()
    {
        var state = new WorkflowUnreachableState();
        state.Failed(T0, "HttpRequestException", After, () => 1);
        var fired = state.Failed(T0 + After + TimeSpan.FromSeconds(5), "HttpRequestException", After, () => 2);
        Assert.Equal(AlertWebhookMessage.Fired, fired?.Event);
    }

    [Fact]
    public void A_registration_that_gets_through_resolves_the_same_firing()
    {
        var state = new WorkflowUnreachableState();
        state.Failed(T0, "HttpRequestException", After, () => 1);
        var fired = state.Check(T0 + After, After, () => 1)!;
        var back = T0 + After + TimeSpan.FromMinutes(3);

        var resolved = state.Succeeded(back);

        Assert.NotNull(resolved);
        Assert.Equal(AlertWebhookMessage.Resolved, resolved.Event);
        Assert.Equal(fired.Alert.Id, resolved.Alert.Id);
        Assert.Equal(back, resolved.Alert.ResolvedAt);
        Assert.Null(state.Active);
        Assert.Null(state.FailingSince);
        Assert.Null(state.Succeeded(back + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_success_before_the_threshold_starts_the_count_again()
    {
        var state = new WorkflowUnreachableState();
        state.Failed(T0, "HttpRequestException", After, () => 1);
        Assert.Null(state.Succeeded(T0 + TimeSpan.FromMinutes(1)));
        state.Failed(T0 + TimeSpan.FromMinutes(1.5), "HttpRequestException", After, () => 1);

        Assert.Null(state.Check(T0 + TimeSpan.FromMinutes(3), After, () => 1)); // 1.5 min into the new outage
        Assert.NotNull(state.Check(T0 + TimeSpan.FromMinutes(3.5), After, () => 1));
    }

    [Fact]
    public void A_second_outage_is_a_new_firing()
    {
        var state = new WorkflowUnreachableState();
        state.Failed(T0, "HttpRequestException", After, () => 1);
        var first = state.Check(T0 + After, After, () => 1)!;
        state.Succeeded(T0 + After * 2);
        state.Failed(T0 + After * 3, "HttpRequestException", After, () => 1);
        var second = state.Check(T0 + After * 4, After, () => 1)!;
        Assert.NotEqual(first.Alert.Id, second.Alert.Id);
    }

    [Fact]
    public void Nothing_fires_while_registrations_flow()
    {
        var state = new WorkflowUnreachableState();
        Assert.Null(state.Check(T0 + TimeSpan.FromDays(1), After, () => 0));
        Assert.Null(state.Succeeded(T0));
    }
}
