namespace DocumentUploads.Stack.IntegrationTests.Alerts;

/// <summary>The alert tests run on a stack of their own (short monitor thresholds), one test after another.</summary>
[CollectionDefinition(Name)]
public sealed class AlertsStackCollection : ICollectionFixture<AlertsStackFixture>
{
    public const string Name = "alerts stack";
}
