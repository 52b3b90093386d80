namespace DocumentUploads.Stack.IntegrationTests.Notices;

/// <summary>The failure-notice and on-demand refresh tests run on a stack of their own, with polling off.</summary>
[CollectionDefinition(Name)]
public sealed class NoticesStackCollection : ICollectionFixture<NoticesStackFixture>
{
    public const string Name = "notices stack";
}
