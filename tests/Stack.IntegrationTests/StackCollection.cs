namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>All stack tests share one running stack and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}
