namespace DocumentUploads.Contracts.Providers;

/// <summary>One step of a provider's pipeline; Status is NOT_STARTED, IN_PROGRESS, SUCCESS or FAILED.</summary>
public sealed record ProviderStep(string Name, string Status)
{
    public const string NotStarted = "NOT_STARTED";
    public const string InProgress = "IN_PROGRESS";
    public const string Success = "SUCCESS";
    public const string Failed = "FAILED";
}
