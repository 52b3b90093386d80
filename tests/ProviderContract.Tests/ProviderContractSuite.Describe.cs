using System.Net;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderContract.Tests.Infrastructure;

namespace DocumentUploads.ProviderContract.Tests;

public abstract partial class ProviderContractSuite
{
    [Fact]
    public async Task Describe_names_the_provider_and_labels_its_steps()
    {
        using var response = await Provider.DescribeAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var description = await response.ReadAsync<ProviderDescription>();
        Assert.Equal(ProviderId, description.Provider);
        Assert.NotEmpty(description.Steps);
        Assert.All(description.Steps, step =>
        {
            Assert.False(string.IsNullOrWhiteSpace(step.Name), "a step has no name");
            Assert.False(string.IsNullOrWhiteSpace(step.Label), $"step {step.Name} has no label");
        });
        Assert.Equal(description.Steps.Count, description.Steps.Select(s => s.Name).Distinct().Count());
    }
}
