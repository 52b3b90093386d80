using DocumentUploads.DocumentWorkflow.Notices;

namespace DocumentUploads.DocumentWorkflow.Tests.Notices;

public sealed class NoticeAttemptRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly NotificationSettings Settings = new()
    {
        MaxAttempts = 4, FirstRetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromMinutes(2),
    };

    [Fact]
    public void A_201_with_an_id_is_sent()
    {
        var outcome = NoticeAttemptRules.Decide(new VaNotifySendResult(201, "n-1", null), 0, Now, Settings);
        Assert.Equal(new NoticeOutcome(NoticeStates.Sent, true, null, "n-1", null), outcome);
        Assert.Equal("sent", outcome.MetricName);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public void Any_other_4xx_fails_for_good_at_once(int status)
    {
        var outcome = NoticeAttemptRules.Decide(new VaNotifySendResult(status, null, $"{status} ValidationError: template_id"), 0, Now, Settings);
        Assert.Equal((NoticeStates.Failed, $"{status} ValidationError: template_id"), (outcome.State, outcome.Detail));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(null)]
    public void Rate_limits_server_errors_and_no_answer_are_retried(int? status)
    {
        var outcome = NoticeAttemptRules.Decide(new VaNotifySendResult(status, null, "busy"), 0, Now, Settings);
        Assert.Equal((NoticeStates.Pending, true, Now.AddSeconds(30), "busy"), (outcome.State, outcome.Attempted, outcome.NextAttemptAt, outcome.Detail));
        Assert.Equal("retried", outcome.MetricName);
    }

    [Fact]
    public void Retries_wait_twice_as_long_each_time_up_to_the_maximum()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), NoticeAttemptRules.RetryDelay(1, null, Settings));
        Assert.Equal(TimeSpan.FromSeconds(60), NoticeAttemptRules.RetryDelay(2, null, Settings));
        Assert.Equal(TimeSpan.FromMinutes(2), NoticeAttemptRules.RetryDelay(3, null, Settings));
        Assert.Equal(TimeSpan.FromMinutes(2), NoticeAttemptRules.RetryDelay(60, null, Settings));
    }

    [Fact]
    public void A_longer_retry_after_is_respected()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), NoticeAttemptRules.RetryDelay(1, TimeSpan.FromMinutes(10), Settings));
        Assert.Equal(TimeSpan.FromSeconds(30), NoticeAttemptRules.RetryDelay(1, TimeSpan.FromSeconds(1), Settings));
    }

    [Fact]
    public void The_last_allowed_attempt_fails_for_good_saying_how_many_were_made()
    {
        var outcome = NoticeAttemptRules.Decide(new VaNotifySendResult(503, null, "503 down"), 3, Now, Settings);
        Assert.Equal((NoticeStates.Failed, "503 down (gave up after 4 attempts)"), (outcome.State, outcome.Detail));
    }

    [Fact]
    public void A_success_without_an_id_is_not_taken_as_sent()
    {
        var outcome = NoticeAttemptRules.Decide(new VaNotifySendResult(502, null, "VA Notify answered without a notification id."), 0, Now, Settings);
        Assert.Equal(NoticeStates.Pending, outcome.State);
    }
}
