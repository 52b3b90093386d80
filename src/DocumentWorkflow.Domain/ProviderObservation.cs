namespace DocumentUploads.DocumentWorkflow.Domain;

/// <summary>What one poll learned about one document from its provider.</summary>
public abstract record ProviderObservation(string ProviderStatus)
{
    /// <summary>Still moving; <see cref="Step"/> is the step it is in (the first one not yet SUCCESS).</summary>
    public sealed record InProgress(string Step) : ProviderObservation("IN_PROGRESS");

    public sealed record Succeeded() : ProviderObservation("SUCCESS");

    /// <summary>Failed at <see cref="Step"/> (UNKNOWN when the provider gave no way to tell).</summary>
    public sealed record Failed(string Step, string Detail) : ProviderObservation("FAILED");

    /// <summary>The provider listed the id as not found.</summary>
    public sealed record NotFound() : ProviderObservation("NOT_FOUND");

    /// <summary>The provider's answer did not mention the id at all.</summary>
    public sealed record NotMentioned() : ProviderObservation("NOT_MENTIONED");

    /// <summary>A status value this system does not know; nothing changes, it is counted and logged.</summary>
    public sealed record Unrecognized(string Status) : ProviderObservation(Status);
}
