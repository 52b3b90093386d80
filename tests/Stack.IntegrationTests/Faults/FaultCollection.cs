namespace DocumentUploads.Stack.IntegrationTests.Faults;

/// <summary>The fault suite kills and restarts services of a stack of its own, never the shared one.</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultStackFixture>
{
    public const string Name = "faults";
}
