using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Upstream;

namespace DocumentUploads.ProviderChampva.Mapping;

/// <summary>Translates a CHAMPVA intake state into the provider contract's vocabulary: two steps,
/// INTAKE then PEGA, and IN_PROGRESS, SUCCESS or FAILED overall.</summary>
public static class ChampvaStatusMapping
{
    public const string IntakeStep = ChampvaStates.IntakeStage;
    public const string PegaStep = ChampvaStates.PegaStage;

    /// <summary>This provider as its describe route answers, with the configured status request limit.</summary>
    public static ProviderDescription Describe(ChampvaSettings settings) => new(ProviderIds.Champva,
    [
        new ProviderStepDescription(IntakeStep, "CHAMPVA intake"),
        new ProviderStepDescription(PegaStep, "PEGA"),
    ], settings.MaxIdsPerStatusRequest);

    public static bool IsKnownState(string? state) => state is ChampvaStates.Received or ChampvaStates.IntakeReview
        or ChampvaStates.PegaProcessing or ChampvaStates.Complete or ChampvaStates.Rejected;

    /// <summary>An unknown state counts as still in progress, at the stage the API names, so the
    /// document stays visible (and eventually times out) instead of being lost.</summary>
    public static ProviderDocumentStatus ToProviderStatus(string requestId, ChampvaIntakeResult result)
    {
        var (status, steps, error) = result.State switch
        {
            ChampvaStates.Received or ChampvaStates.IntakeReview => InProgressAtIntake(),
            ChampvaStates.PegaProcessing => InProgressAtPega(),
            ChampvaStates.Complete => (ProviderDocumentStatus.Success,
                Steps(ProviderStep.Success, ProviderStep.Success), (ProviderStatusError?)null),
            ChampvaStates.Rejected => Rejected(result),
            _ => result.Stage == ChampvaStates.PegaStage ? InProgressAtPega() : InProgressAtIntake(),
        };
        return new ProviderDocumentStatus(requestId, status, steps, error, result.ReceivedAt, result.CompletedAt);
    }

    private static (string, IReadOnlyList<ProviderStep>, ProviderStatusError?) InProgressAtIntake() =>
        (ProviderDocumentStatus.InProgress, Steps(ProviderStep.InProgress, ProviderStep.NotStarted), null);

    private static (string, IReadOnlyList<ProviderStep>, ProviderStatusError?) InProgressAtPega() =>
        (ProviderDocumentStatus.InProgress, Steps(ProviderStep.Success, ProviderStep.InProgress), null);

    private static (string, IReadOnlyList<ProviderStep>, ProviderStatusError?) Rejected(ChampvaIntakeResult result)
    {
        var stage = result.Rejection?.Stage ?? result.Stage;
        var atPega = stage == ChampvaStates.PegaStage;
        var steps = atPega ? Steps(ProviderStep.Success, ProviderStep.Failed) : Steps(ProviderStep.Failed, ProviderStep.NotStarted);
        return (ProviderDocumentStatus.Failed, steps, new ProviderStatusError(result.Rejection?.Reason, atPega ? PegaStep : IntakeStep));
    }

    private static IReadOnlyList<ProviderStep> Steps(string intake, string pega) =>
        [new ProviderStep(IntakeStep, intake), new ProviderStep(PegaStep, pega)];
}
