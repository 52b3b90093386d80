using DocumentUploads.DocumentWorkflow.Notices;

namespace DocumentUploads.DocumentWorkflow.Tests.Notices;

public sealed class NotificationSettingsTests
{
    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(new NotificationSettings().Validate());

    [Fact]
    public void Each_bad_value_is_named()
    {
        var problems = new NotificationSettings
        {
            Interval = TimeSpan.Zero, BatchSize = 0, MaxAttempts = 0, FirstRetryDelay = TimeSpan.Zero,
            MaxRetryDelay = TimeSpan.FromSeconds(-1), SendTimeout = TimeSpan.Zero,
            Templates = new NoticeTemplates { Form0781 = "not-a-uuid", ClaimEvidence = Guid.NewGuid().ToString() },
        }.Validate().ToList();

        Assert.Equal(7, problems.Count);
        Assert.Contains("Notifications:Templates:Form0781 must be a template id (a UUID).", problems);
        Assert.DoesNotContain(problems, p => p.Contains("ClaimEvidence", StringComparison.Ordinal));
    }
}
