using DocumentUploads.ServiceDefaults.Resilience;
using System.Diagnostics.Metrics;
using DocumentUploads.Contracts.Features;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.Telemetry;
using Microsoft.FeatureManagement;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DocumentUploads.UploadApi.Routing;

/// <summary>I/O around the pure <see cref="ProviderRouter"/>: reads the user's flags, finds who
/// owns the claim (its id pattern first, then the providers that can tell), decides, refuses a claim a
/// provider already said is someone else's, and logs and counts every decision. Ownership is otherwise
/// checked by the chosen provider inside its upload (<see cref="ProviderError.ClaimNotOwned"/>).</summary>
public sealed partial class UploadRouter
{
    private readonly ProviderRegistry _registry;
    private readonly IVariantFeatureManager _flags;
    private readonly ClaimOwnershipClient _ownership;
    private readonly ILogger<UploadRouter> _logger;
    /// <summary>The reason tag when a provider could not say who owns the claim.</summary>
    private const string OwnershipUnavailable = "ownership_unavailable";

    private readonly Counter<long> _decisions;

    public UploadRouter(ProviderRegistry registry, IVariantFeatureManager flags, ClaimOwnershipClient ownership,
        ServiceTelemetry telemetry, ILogger<UploadRouter> logger)
    {
        _registry = registry;
        _flags = flags;
        _ownership = ownership;
        _logger = logger;
        _decisions = telemetry.Meter.CreateCounter<long>("documentuploads.routing.decisions", "{decision}",
            "Upload routing decisions by provider and reason.");
    }

    public async Task<RouteOutcome> RouteAsync(string claimId, string participantId, string? requestedProviderId,
        CancellationToken cancellationToken)
    {
        var multiProvider = await _flags.IsEnabledAsync(FeatureFlagNames.MultiDocumentProvider, cancellationToken);
        var enabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var registration in _registry.All)
        {
            if (await _flags.IsEnabledAsync(registration.FeatureFlag, cancellationToken)) enabled.Add(registration.Provider);
        }

        var answers = new Dictionary<string, ProviderClaimOwnership>(StringComparer.Ordinal);
        string? owner = null;
        if (multiProvider)
        {
            owner = _registry.ByClaimIdPattern(claimId)?.Provider;
            foreach (var registration in _registry.All.Where(r => r.CanTellOwnership))
            {
                if (owner is not null) break;
                var answer = await AskAsync(registration.Provider, claimId, participantId, cancellationToken);
                if (answer is null) return Record(new RouteOutcome.OwnershipUnavailable(registration.Provider), claimId, registration.Provider, OwnershipUnavailable);
                answers[registration.Provider] = answer;
                if (answer.Known) owner = registration.Provider;
            }
        }

        var decision = ProviderRouter.Decide(new RoutingInput(claimId, requestedProviderId, multiProvider, enabled, owner), _registry);
        if (decision is not RoutingDecision.Routed routed)
        {
            var provider = decision is RoutingDecision.ProviderUnavailable unavailable ? unavailable.Provider : "none";
            return Record(new RouteOutcome.Refused(decision), claimId, provider, ReasonName(decision.Reason));
        }

        // The veteran may upload only to their own claim. A provider asked above has said; one that was not (its claim id
        // pattern or the legacy path chose it) checks inside its upload, so that costs no separate call.
        if (answers.GetValueOrDefault(routed.Provider) is { Known: true, Owned: false })
        {
            return Record(new RouteOutcome.NotYourClaim(routed.Provider), claimId, routed.Provider, ReasonName(RoutingReason.Rejected));
        }
        return Record(new RouteOutcome.To(routed.Provider, routed.Reason), claimId, routed.Provider, ReasonName(routed.Reason));
    }

    private async Task<ProviderClaimOwnership?> AskAsync(string provider, string claimId, string participantId,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _ownership.AskAsync(provider, claimId, participantId, cancellationToken);
        }
        catch (Exception ex) when (ServiceCallFailures.IsUnreachable(ex) || ex is System.Text.Json.JsonException)
        {
            LogOwnershipFailed(provider, ex.GetType().Name);
            return null;
        }
    }

    private RouteOutcome Record(RouteOutcome route, string claimId, string provider, string reason)
    {
        _decisions.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("reason", reason));
        LogDecision(claimId, provider, reason, route.GetType().Name);
        return route;
    }

    public static string ReasonName(RoutingReason reason) => reason.ToString().ToLowerInvariant();

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Routing upload for claim {ClaimId}: provider {Provider}, reason {Reason}, outcome {Outcome}")]
    private partial void LogDecision(string claimId, string provider, string reason, string outcome);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Provider {Provider} could not say who owns a claim ({Reason}); the upload is refused rather than guessed")]
    private partial void LogOwnershipFailed(string provider, string reason);
}
