namespace DocumentUploads.ProviderChampva.Mapping;

/// <summary>The states and stages the CHAMPVA intake API reports.</summary>
public static class ChampvaStates
{
    public const string Received = "RECEIVED";
    public const string IntakeReview = "INTAKE_REVIEW";
    public const string PegaProcessing = "PEGA_PROCESSING";
    public const string Complete = "COMPLETE";
    public const string Rejected = "REJECTED";

    public const string IntakeStage = "INTAKE";
    public const string PegaStage = "PEGA";
}
