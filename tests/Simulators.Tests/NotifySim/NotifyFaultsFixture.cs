namespace DocumentUploads.Simulators.Tests.NotifySim;

/// <summary>A separate notify-sim for tests that change its fault settings or clear it (global state).</summary>
public sealed class NotifyFaultsFixture : NotifySimFixture
{
    protected override string[] Args => ["--NotifySim:Faults:Seed=42"];
}
