using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Mapping;
using DocumentUploads.ProviderChampva.Upstream;

namespace DocumentUploads.Simulators.Tests.ProviderChampva;

public sealed class ChampvaStatusMappingTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("RECEIVED", "INTAKE", "IN_PROGRESS", "IN_PROGRESS", "NOT_STARTED")]
    [InlineData("INTAKE_REVIEW", "INTAKE", "IN_PROGRESS", "IN_PROGRESS", "NOT_STARTED")]
    [InlineData("PEGA_PROCESSING", "PEGA", "IN_PROGRESS", "SUCCESS", "IN_PROGRESS")]
    [InlineData("COMPLETE", "PEGA", "SUCCESS", "SUCCESS", "SUCCESS")]
    public void Moving_and_complete_states_map_to_the_contract(string state, string stage, string status, string intake, string pega)
    {
        var mapped = ChampvaStatusMapping.ToProviderStatus("id-1", new ChampvaIntakeResult("id-1", state, stage, Received, null, null));

        Assert.Equal("id-1", mapped.RequestId);
        Assert.Equal(status, mapped.Status);
        Assert.Equal([("INTAKE", intake), ("PEGA", pega)], mapped.Steps.Select(s => (s.Name, s.Status)));
        Assert.Null(mapped.Error);
        Assert.Equal(Received, mapped.StartedAt);
    }

    [Fact]
    public void Rejected_at_intake_fails_the_intake_step_with_the_reason()
    {
        var result = new ChampvaIntakeResult("id-2", "REJECTED", "INTAKE", Received, Received.AddSeconds(5),
            new ChampvaRejection("No open application.", "INTAKE"));

        var mapped = ChampvaStatusMapping.ToProviderStatus("id-2", result);

        Assert.Equal(ProviderDocumentStatus.Failed, mapped.Status);
        Assert.Equal(new ProviderStatusError("No open application.", "INTAKE"), mapped.Error);
        Assert.Equal([("INTAKE", "FAILED"), ("PEGA", "NOT_STARTED")], mapped.Steps.Select(s => (s.Name, s.Status)));
        Assert.Equal(Received.AddSeconds(5), mapped.EndedAt);
    }

    [Fact]
    public void Rejected_at_pega_fails_the_pega_step_with_the_reason()
    {
        var result = new ChampvaIntakeResult("id-3", "REJECTED", "PEGA", Received, Received.AddSeconds(10),
            new ChampvaRejection("Unreadable.", "PEGA"));

        var mapped = ChampvaStatusMapping.ToProviderStatus("id-3", result);

        Assert.Equal(ProviderDocumentStatus.Failed, mapped.Status);
        Assert.Equal(new ProviderStatusError("Unreadable.", "PEGA"), mapped.Error);
        Assert.Equal([("INTAKE", "SUCCESS"), ("PEGA", "FAILED")], mapped.Steps.Select(s => (s.Name, s.Status)));
    }

    [Fact]
    public void Rejected_without_a_rejection_object_still_names_the_stage()
    {
        var mapped = ChampvaStatusMapping.ToProviderStatus("id-4", new ChampvaIntakeResult("id-4", "REJECTED", "PEGA", null, null, null));

        Assert.Equal(ProviderDocumentStatus.Failed, mapped.Status);
        Assert.Equal(new ProviderStatusError(null, "PEGA"), mapped.Error);
    }

    [Theory]
    [InlineData("ON_HOLD", "PEGA", "SUCCESS", "IN_PROGRESS")]
    [InlineData(null, null, "IN_PROGRESS", "NOT_STARTED")]
    public void An_unknown_state_stays_in_progress_at_its_stage(string? state, string? stage, string intake, string pega)
    {
        var mapped = ChampvaStatusMapping.ToProviderStatus("id-5", new ChampvaIntakeResult("id-5", state, stage, null, null, null));

        Assert.False(ChampvaStatusMapping.IsKnownState(state));
        Assert.Equal(ProviderDocumentStatus.InProgress, mapped.Status);
        Assert.Equal([("INTAKE", intake), ("PEGA", pega)], mapped.Steps.Select(s => (s.Name, s.Status)));
    }
}
