using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>What a failure notice is about, one VA Notify template each: a document the veteran uploaded for a
/// claim, or one the Form 526 pipeline filed (the veteran's own upload, Form 0781/0781a, BDD instructions).</summary>
public static class NoticeKinds
{
    public const string ClaimEvidence = "claim_evidence";

    /// <summary>The notice kind stored for a document: its Form 526 kind, else claim evidence (SQL mirrors this).</summary>
    public static string For(string? form526Kind) => form526Kind ?? ClaimEvidence;

    /// <summary>The template setting a kind uses; 0781 and 0781a share one template, as in the system we replace.</summary>
    public static string? TemplateOf(string kind, NoticeTemplates templates) => kind switch
    {
        ClaimEvidence => templates.ClaimEvidence,
        Form526Kinds.VeteranUpload => templates.VeteranUpload,
        Form526Kinds.Form0781 or Form526Kinds.Form0781a => templates.Form0781,
        Form526Kinds.BddInstructions => templates.BddInstructions,
        _ => null,
    };
}
