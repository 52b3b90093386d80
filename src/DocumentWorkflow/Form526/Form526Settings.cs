namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>Configuration section <c>Form526</c>.</summary>
public sealed class Form526Settings
{
    public const string SectionName = "Form526";

    /// <summary>How long after submission every expected document should be completed; the default
    /// <c>olderThan</c> of the incomplete-submissions query.</summary>
    public TimeSpan CompletionSla { get; set; } = TimeSpan.FromHours(72);
}
