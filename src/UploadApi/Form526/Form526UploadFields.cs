using DocumentUploads.Contracts.Workflow;
using DocumentUploads.UploadApi.Api;
using Microsoft.Extensions.Primitives;

namespace DocumentUploads.UploadApi.Form526;

/// <summary>The Form 526 fields of an upload form. The participant id comes from the form here, not from a
/// token: the caller is the trusted submission pipeline acting for the veteran.</summary>
public sealed record Form526UploadFields(string? Kind, string? AttachmentId, string? ClaimId, string? ParticipantId,
    string? DocumentType)
{
    public static Form526UploadFields Read(IFormCollection form) => new(Field(form, "kind"), Field(form, "attachment_id"),
        Field(form, "claim_id"), Field(form, "participant_id"), Field(form, "document_type"));

    /// <summary>The document type to file it as, or the first rule it breaks.</summary>
    public Form526DocumentTypeChoice Check(string submissionId)
    {
        if (Form526Rules.CheckSubmissionId(submissionId) is { } badId) return new(null, badId);
        if (ClaimId is null) return new(null, new("claim_id", ApiErrors.InvalidRequest, "claim_id is required."));
        if (ParticipantId is null) return new(null, new("participant_id", ApiErrors.InvalidRequest, "participant_id is required."));
        if (Form526Rules.CheckDocument(Kind, AttachmentId) is { } bad) return new(null, bad);
        return Form526Rules.ResolveDocumentType(Kind!, DocumentType);
    }

    /// <summary>The form the shared upload rules read: the same file, the resolved document type, and no
    /// tracked items (Form 526 documents are not filed against tracked items).</summary>
    public static IFormCollection ForUploadRules(IFormCollection form, string documentType) =>
        new FormCollection(new Dictionary<string, StringValues> { ["document_type"] = documentType }, form.Files);

    private static string? Field(IFormCollection form, string name) =>
        form[name].ToString().Trim() is { Length: > 0 } value ? value : null;
}
