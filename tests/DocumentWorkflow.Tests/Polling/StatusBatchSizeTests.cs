using DocumentUploads.DocumentWorkflow.Polling;

namespace DocumentUploads.DocumentWorkflow.Tests.Polling;

public sealed class StatusBatchSizeTests
{
    [Theory]
    [InlineData(null, 1000, 1000)]
    [InlineData(100, 1000, 100)]
    [InlineData(1000, 500, 500)]
    [InlineData(250, null, 250)]
    [InlineData(null, null, StatusBatchSize.Fallback)]
    public void The_provider_maximum_unless_configured_lower(int? configured, int? providerMaximum, int expected) =>
        Assert.Equal(expected, StatusBatchSize.Choose(configured, providerMaximum));
}
