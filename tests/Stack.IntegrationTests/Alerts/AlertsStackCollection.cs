namespace DocumentUploads.Stack.IntegrationTests.Alerts;

/// <summary>The alert tests run on a stack of their own (short monitor thresholds), one test after another;
/// the dashboard's browser tests run here too, since it has alerts to show.</summary>
[CollectionDefinition(Name)]
public sealed class AlertsStackCollection : ICollectionFixture<AlertsStackFixture>, ICollectionFixture<Browser.BrowserFixture>
{
    public const string Name = "alerts stack";
}
