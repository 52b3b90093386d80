using System.Net;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderContract.Tests.Infrastructure;

namespace DocumentUploads.ProviderContract.Tests;

/// <summary>The shared examples every provider service must pass (the ADR's "shared examples"):
/// describe, upload, bulk status, claim ownership and security, over real HTTP against the
/// provider and its simulator. A provider joins by deriving from this class, naming its
/// <see cref="ProviderStack"/> as class fixture and filling in the members below.</summary>
public abstract partial class ProviderContractSuite(ProviderStack stack)
{
    protected ProviderStack Stack { get; } = stack;

    protected ProviderClient Provider => Stack.Client;

    /// <summary>The id <c>GET /provider</c> must name (the registry's provider name).</summary>
    protected abstract string ProviderId { get; }

    /// <summary>The participant the examples act for.</summary>
    protected abstract string ParticipantId { get; }

    /// <summary>A document type the provider's API accepts.</summary>
    protected abstract string DocumentType { get; }

    /// <summary>A claim of this provider that belongs to <see cref="ParticipantId"/>.</summary>
    protected abstract string ParticipantsClaimId { get; }

    /// <summary>A claim of this provider that belongs to someone else.</summary>
    protected abstract string OtherParticipantsClaimId { get; }

    /// <summary>A claim id of another provider (this one must not know it).</summary>
    protected abstract string OtherProvidersClaimId { get; }

    /// <summary>Simulator file names: processing fails at the first step / at the second step,
    /// the document is never found, it stays in progress for ever.</summary>
    protected abstract string FailsAtFirstStepFileName { get; }

    protected abstract string FailsAtSecondStepFileName { get; }

    protected abstract string NeverFoundFileName { get; }

    protected abstract string StuckFileName { get; }

    /// <summary>Replaces the simulator's faults (<see cref="SimulatorFaults.None"/> heals it).</summary>
    protected abstract Task SetSimulatorFaultsAsync(SimulatorFaults faults);

    /// <summary>Set when the ownership examples cannot pass yet because the simulator lacks what the
    /// provider calls; it is shown in their failure messages.</summary>
    protected virtual string? OwnershipAwaits => null;

    protected ProviderUploadMetadata Metadata(string fileName) =>
        new(ParticipantsClaimId, ParticipantId, DocumentType, fileName, [1234]);

    protected static byte[] PdfBytes => "%PDF-1.4\n% provider contract example\n%%EOF\n"u8.ToArray();

    /// <summary>Uploads a small valid document and returns its provider request id.</summary>
    protected async Task<string> UploadAsync(string fileName)
    {
        using var response = await Provider.UploadAsync(Metadata(fileName), PdfBytes);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"upload of {fileName}: {(int)response.StatusCode} {body}");
        var id = (await response.ReadAsync<ProviderUploadResult>()).ProviderRequestId;
        Assert.False(string.IsNullOrWhiteSpace(id), $"upload of {fileName} gave no providerRequestId: {body}");
        return id;
    }

    protected async Task<ProviderStatusReport> ReportAsync(IEnumerable<string> requestIds)
    {
        using var response = await Provider.StatusesAsync(requestIds);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"status query: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var report = await response.ReadAsync<ProviderStatusReport>();
        Assert.NotNull(report.Statuses);
        Assert.NotNull(report.NotFound);
        return report;
    }

    protected Task<ProviderDocumentStatus?> PollUntilAsync(string requestId, string status) =>
        Eventually.PollAsync(
            async () => (await ReportAsync([requestId])).Statuses.SingleOrDefault(s => s.RequestId == requestId),
            s => s?.Status == status);

    /// <summary>The provider's step names in order, as it describes them.</summary>
    protected async Task<IReadOnlyList<string>> StepNamesAsync()
    {
        using var response = await Provider.DescribeAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = (await response.ReadAsync<ProviderDescription>()).Steps.Select(s => s.Name).ToList();
        Assert.True(steps.Count >= 2, $"the examples need a provider with at least two steps; it describes {steps.Count}");
        return steps;
    }

    /// <summary>Asserts an error answer: the status and a <see cref="ProviderError"/> body with a code.</summary>
    protected static async Task<ProviderError> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status,
        string? code = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode} {body}");
        var error = await response.ReadAsync<ProviderError>();
        Assert.False(string.IsNullOrWhiteSpace(error.Code), $"the error body has no code: {body}");
        Assert.False(string.IsNullOrWhiteSpace(error.Detail), $"the error body has no detail: {body}");
        if (code is not null) Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>Runs an example with the simulator's faults switched on, healing it afterwards
    /// whatever happens (the stack is shared by the provider's examples).</summary>
    protected async Task WithSimulatorFaultsAsync(SimulatorFaults faults, Func<Task> example)
    {
        await SetSimulatorFaultsAsync(faults);
        try
        {
            await example();
        }
        finally
        {
            await SetSimulatorFaultsAsync(SimulatorFaults.None);
        }
    }
}
