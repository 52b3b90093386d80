using DocumentUploads.SimulatorKit.Faults;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

public sealed class FaultSettingsTests
{
    [Fact]
    public void No_faults_and_full_rates_are_usable()
    {
        Assert.Null(new FaultSettings().Problem());
        Assert.Null(new FaultSettings { UploadFailureRate = 1, StatusFailureRate = 1, MalformedStatusRate = 1 }.Problem());
    }

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Each_unusable_field_is_named_as_on_the_wire(FaultSettings settings, string problem)
    {
        Assert.Equal(problem, settings.Problem());
    }

    public static TheoryData<FaultSettings, string> Unusable => new()
    {
        { new FaultSettings { UploadFailureRate = 1.01 }, "uploadFailureRate must be between 0 and 1." },
        { new FaultSettings { StatusFailureRate = -0.01 }, "statusFailureRate must be between 0 and 1." },
        { new FaultSettings { MalformedStatusRate = double.NaN }, "malformedStatusRate must be between 0 and 1." },
        { new FaultSettings { StatusLatencyMs = -1 }, "statusLatencyMs must not be negative." },
        { new FaultSettings { RateLimitPerSecond = -1 }, "rateLimitPerSecond must not be negative." },
    };
}
