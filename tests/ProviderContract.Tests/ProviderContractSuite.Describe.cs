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

    [Fact]
    public async Task Describe_states_the_most_ids_a_status_request_takes_and_a_request_that_full_is_answered()
    {
        using var response = await Provider.DescribeAsync();
        var maximum = (await response.ReadAsync<ProviderDescription>()).MaxIdsPerStatusRequest;
        Assert.InRange(maximum, 1, 10_000);

        // Ids nobody uploaded: each must come back as not found, all in one answer.
        var ids = Enumerable.Range(0, maximum).Select(i => $"{900_000_000 + i}").ToList();
        var report = await ReportAsync(ids);

        Assert.Equal(maximum, report.Statuses.Count + report.NotFound.Count);
    }
}
