namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary><c>Notifications:Templates</c>: the VA Notify template id of each notice kind.</summary>
public sealed class NoticeTemplates
{
    public string? ClaimEvidence { get; set; }
    public string? VeteranUpload { get; set; }
    public string? Form0781 { get; set; }
    public string? BddInstructions { get; set; }
}
