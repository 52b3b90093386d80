using DocumentUploads.Stack.IntegrationTests.Browser;

namespace DocumentUploads.Stack.IntegrationTests.AppHostRun;

/// <summary>Tests that start the AppHost as its own process; kept apart from the shared stack so the two
/// never run at once on a 2-core machine.</summary>
[CollectionDefinition(Name)]
public sealed class AppHostRunCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "apphost-run";
}
