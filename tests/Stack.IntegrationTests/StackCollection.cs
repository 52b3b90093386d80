using DocumentUploads.Stack.IntegrationTests.Browser;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>All stack tests share one running stack and run one after another; the browser tests
/// also share one Chromium, started only when a test first opens a page.</summary>
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "stack";
}
