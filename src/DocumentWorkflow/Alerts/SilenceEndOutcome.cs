namespace DocumentUploads.DocumentWorkflow.Alerts;

public enum SilenceEndOutcome
{
    /// <summary>Ended now.</summary>
    Ended,

    /// <summary>There is no silence with that id.</summary>
    NotFound,

    /// <summary>It had already been ended, or had run out.</summary>
    AlreadyOver,
}
