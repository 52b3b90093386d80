using System.Net;
using DocumentUploads.ProviderContract.Tests.Infrastructure;

namespace DocumentUploads.ProviderContract.Tests;

public abstract partial class ProviderContractSuite
{
    [Theory]
    [InlineData(ContractRoute.Describe, Caller.Anonymous)]
    [InlineData(ContractRoute.Upload, Caller.Anonymous)]
    [InlineData(ContractRoute.Statuses, Caller.Anonymous)]
    [InlineData(ContractRoute.Ownership, Caller.Anonymous)]
    [InlineData(ContractRoute.Describe, Caller.User)]
    [InlineData(ContractRoute.Upload, Caller.User)]
    [InlineData(ContractRoute.Statuses, Caller.User)]
    [InlineData(ContractRoute.Ownership, Caller.User)]
    public async Task A_contract_route_without_the_service_token_is_401(ContractRoute route, Caller caller)
    {
        var uploadsBefore = Stack.SimulatorUploadsReceived;

        using var refused = await CallAsync(route, caller);
        // The same request with the service token gets past authentication: the 401 is about the caller.
        using var allowed = await CallAsync(route, Caller.Service);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, allowed.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, allowed.StatusCode);
        Assert.True(route != ContractRoute.Upload || Stack.SimulatorUploadsReceived - uploadsBefore == 1,
            "only the service's upload may reach the backend");
    }

    private Task<HttpResponseMessage> CallAsync(ContractRoute route, Caller caller) => route switch
    {
        ContractRoute.Describe => Provider.DescribeAsync(caller),
        ContractRoute.Upload => Provider.UploadAsync(Metadata("security.pdf"), PdfBytes, caller),
        ContractRoute.Statuses => Provider.StatusesAsync(["12345"], caller),
        ContractRoute.Ownership => Provider.OwnershipAsync(OtherProvidersClaimId, ParticipantId, caller),
        _ => throw new ArgumentOutOfRangeException(nameof(route)),
    };
}
