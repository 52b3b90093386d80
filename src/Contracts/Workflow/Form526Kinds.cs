namespace DocumentUploads.Contracts.Workflow;

/// <summary>The documents the Form 526 pipeline files with Lighthouse after a submission
/// (shared/reference/lighthouse.md, "Form 526 post-submission documents").</summary>
public static class Form526Kinds
{
    public const string BddInstructions = "bdd_instructions";
    public const string Form0781 = "form_0781";
    public const string Form0781a = "form_0781a";
    public const string VeteranUpload = "veteran_upload";

    public static readonly IReadOnlyList<string> All = [BddInstructions, Form0781, Form0781a, VeteranUpload];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <summary>Only a veteran upload is tied to an attachment: it is what tells two of them apart.</summary>
    public static bool NeedsAttachment(string kind) => kind == VeteranUpload;

    /// <summary>The document type a kind is filed as when the caller names none; null when the caller
    /// must name it (a veteran upload is whatever type the veteran chose).</summary>
    public static string? DefaultDocumentType(string kind) => kind switch
    {
        BddInstructions => "L023",
        Form0781 => "L228",
        Form0781a => "L229",
        _ => null,
    };
}
