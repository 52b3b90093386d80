namespace DocumentUploads.Simulators.Tests.SimulatorKit;

public sealed record KitTestRecord(int Id, string Name);
