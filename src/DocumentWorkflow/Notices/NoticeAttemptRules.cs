namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Pure: what one answer from VA Notify means for the notice. 201 is sent; 429, 5xx and no answer are
/// retried with doubling waits (Retry-After when longer) until <see cref="NotificationSettings.MaxAttempts"/>;
/// any other 4xx is permanent (retrying the same request cannot succeed).</summary>
public static class NoticeAttemptRules
{
    public static NoticeOutcome Decide(VaNotifySendResult result, int attemptsBefore, DateTimeOffset now, NotificationSettings settings)
    {
        if (result is { StatusCode: >= 200 and < 300, NotificationId: { } id })
        {
            return new NoticeOutcome(NoticeStates.Sent, true, null, id, null);
        }
        var detail = result.Error ?? $"VA Notify answered {result.StatusCode}.";
        var transient = result.StatusCode is null or 429 or >= 500;
        var attempts = attemptsBefore + 1;
        if (!transient)
        {
            return new NoticeOutcome(NoticeStates.Failed, true, null, null, detail);
        }
        if (attempts >= settings.MaxAttempts)
        {
            return new NoticeOutcome(NoticeStates.Failed, true, null, null, $"{detail} (gave up after {attempts} attempts)");
        }
        return new NoticeOutcome(NoticeStates.Pending, true, now + RetryDelay(attempts, result.RetryAfter, settings), null, detail);
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt.</summary>
    public static TimeSpan RetryDelay(int attempts, TimeSpan? retryAfter, NotificationSettings settings)
    {
        var doubling = settings.FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = doubling < settings.MaxRetryDelay ? doubling : settings.MaxRetryDelay;
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }

    /// <summary>A notice not sent on purpose (the flag is off) or that cannot be sent (no template for its kind).</summary>
    public static NoticeOutcome NotSent(string state, string why) => new(state, false, null, null, why);
}
