using DocumentUploads.NotifySim.Faults;

namespace DocumentUploads.Simulators.Tests.NotifySim;

public sealed class NotifyFaultSettingsTests
{
    [Fact]
    public void No_faults_and_the_extremes_are_usable()
    {
        Assert.Null(new NotifyFaultSettings().Problem());
        Assert.Null(new NotifyFaultSettings { FailureRate = 1, LatencyMs = 60_000, RateLimitPerSecond = 1 }.Problem());
    }

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Each_unusable_field_is_named_as_on_the_wire(NotifyFaultSettings settings, string problem) =>
        Assert.Equal(problem, settings.Problem());

    public static TheoryData<NotifyFaultSettings, string> Unusable => new()
    {
        { new NotifyFaultSettings { FailureRate = -0.1 }, "failureRate must be between 0 and 1." },
        { new NotifyFaultSettings { FailureRate = double.NaN }, "failureRate must be between 0 and 1." },
        { new NotifyFaultSettings { LatencyMs = -1 }, "latencyMs must not be negative." },
        { new NotifyFaultSettings { RateLimitPerSecond = -1 }, "rateLimitPerSecond must not be negative." },
    };
}
