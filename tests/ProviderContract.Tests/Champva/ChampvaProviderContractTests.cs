using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderContract.Tests.Infrastructure;

namespace DocumentUploads.ProviderContract.Tests.Champva;

/// <summary>provider-champva against the shared provider contract.</summary>
public sealed class ChampvaProviderContractTests(ChampvaStack stack)
    : ProviderContractSuite(stack), IClassFixture<ChampvaStack>
{
    protected override string ProviderId => ProviderIds.Champva;
    protected override string ParticipantId => "ben-42";
    protected override string DocumentType => "MEDICAL_RECORD";

    // champva-sim: every CHAMPVA_ claim is the caller's unless it contains "other-beneficiary".
    protected override string ParticipantsClaimId => "CHAMPVA_123";
    protected override string OtherParticipantsClaimId => "CHAMPVA_other-beneficiary";
    protected override string OtherProvidersClaimId => "600000001";

    protected override string FailsAtFirstStepFileName => "scan-sim-fail-intake.pdf";
    protected override string FailsAtSecondStepFileName => "scan-sim-fail-pega.pdf";
    protected override string NeverFoundFileName => "scan-sim-not-found.pdf";
    protected override string StuckFileName => "scan-sim-stuck.pdf";

    protected override async Task SetSimulatorFaultsAsync(SimulatorFaults faults) =>
        await Stack.Simulator.PutFaultsAsync(faults);
}
