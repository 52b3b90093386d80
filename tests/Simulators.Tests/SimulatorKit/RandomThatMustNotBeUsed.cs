namespace DocumentUploads.Simulators.Tests.SimulatorKit;

/// <summary>Fails the test if a fault decision consults it.</summary>
public sealed class RandomThatMustNotBeUsed : Random
{
    public override double NextDouble() => throw new InvalidOperationException("The random source was consulted.");
}
