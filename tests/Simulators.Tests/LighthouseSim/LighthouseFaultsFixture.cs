namespace DocumentUploads.Simulators.Tests.LighthouseSim;

/// <summary>A separate lighthouse-sim for tests that change its fault settings (global state), run
/// without a public key, so signatures go unchecked as in a default local setup.</summary>
public sealed class LighthouseFaultsFixture : LighthouseSimFixture
{
    protected override IEnumerable<string> Args =>
    [
        $"--LighthouseSim:ClientId={ClientId}",
        $"--LighthouseSim:StepDuration={StepDuration}",
        "--LighthouseSim:Faults:Seed=42",
    ];
}
