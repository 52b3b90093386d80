using System.Net;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderContract.Tests.Infrastructure;

namespace DocumentUploads.ProviderContract.Tests;

public abstract partial class ProviderContractSuite
{
    [Fact]
    public Task Ownership_of_the_participants_own_claim_is_known_and_owned() =>
        AssertOwnershipAsync(ParticipantsClaimId, known: true, owned: true);

    [Fact]
    public Task Ownership_of_another_participants_claim_is_known_and_not_owned() =>
        AssertOwnershipAsync(OtherParticipantsClaimId, known: true, owned: false);

    [Fact]
    public Task Ownership_of_another_providers_claim_is_unknown() =>
        AssertOwnershipAsync(OtherProvidersClaimId, known: false, owned: null);

    /// <param name="owned">null: not checked (meaningless when the claim is not known).</param>
    private async Task AssertOwnershipAsync(string claimId, bool known, bool? owned)
    {
        using var response = await Provider.OwnershipAsync(claimId, ParticipantId);
        var body = await response.Content.ReadAsStringAsync();
        var awaiting = OwnershipAwaits is { } note ? $"[{note}] " : "";
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{awaiting}claim {claimId}: {(int)response.StatusCode} {body}");

        var answer = await response.ReadAsync<ProviderClaimOwnership>();
        Assert.True(answer.Known == known && (owned is null || answer.Owned == owned),
            $"{awaiting}claim {claimId}: expected known={known}{(owned is null ? "" : $", owned={owned}")}, got {body}");
    }
}
