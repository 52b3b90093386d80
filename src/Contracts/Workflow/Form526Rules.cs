namespace DocumentUploads.Contracts.Workflow;

/// <summary>The Form 526 rules both services apply: upload-api before it sends anything, document-workflow
/// before it stores anything. Pure.</summary>
public static class Form526Rules
{
    public const string InvalidKind = "INVALID_FORM526_KIND";
    public const string InvalidAttachmentId = "INVALID_ATTACHMENT_ID";
    public const string InvalidDocumentType = "INVALID_DOCUMENT_TYPE";
    public const string InvalidSubmission = "INVALID_FORM526_SUBMISSION";

    /// <summary>Submission and attachment ids are the pipeline's own record ids; anything longer is not one.</summary>
    public const int MaxIdLength = 64;

    public static Form526RuleViolation? CheckSubmissionId(string? submissionId) => IsId(submissionId)
        ? null
        : new("submissionId", InvalidSubmission, $"The submission id must be 1 to {MaxIdLength} characters.");

    /// <summary>The kind must be known, and an attachment id is required for a veteran upload and refused otherwise.</summary>
    public static Form526RuleViolation? CheckDocument(string? kind, string? attachmentId)
    {
        if (!Form526Kinds.IsKnown(kind))
        {
            return new("kind", InvalidKind, $"kind must be one of: {string.Join(", ", Form526Kinds.All)}.");
        }
        if (Form526Kinds.NeedsAttachment(kind!))
        {
            return IsId(attachmentId)
                ? null
                : new("attachmentId", InvalidAttachmentId,
                    $"A {kind} needs the attachment id of the file the veteran attached (1 to {MaxIdLength} characters).");
        }
        return string.IsNullOrEmpty(attachmentId)
            ? null
            : new("attachmentId", InvalidAttachmentId, $"Only a {Form526Kinds.VeteranUpload} has an attachment id; a {kind} has none.");
    }

    /// <summary>A registered document is either a Form 526 one (its submission id and a valid kind and
    /// attachment) or names none of the three.</summary>
    public static Form526RuleViolation? CheckRegistration(string? submissionId, string? kind, string? attachmentId)
    {
        if (submissionId is null)
        {
            return kind is null && attachmentId is null
                ? null
                : new("form526SubmissionId", InvalidSubmission,
                    "form526Kind and attachmentId belong to a Form 526 document, which also needs form526SubmissionId.");
        }
        return CheckSubmissionId(submissionId) is { } badId
            ? badId with { Field = "form526SubmissionId" }
            : CheckDocument(kind, attachmentId);
    }

    /// <summary>The named document type, else the kind's default. Whether Lighthouse knows the type is
    /// upload-api's check, not this one.</summary>
    public static Form526DocumentTypeChoice ResolveDocumentType(string kind, string? documentType)
    {
        if (!string.IsNullOrWhiteSpace(documentType)) return new(documentType.Trim(), null);
        return Form526Kinds.DefaultDocumentType(kind) is { } fallback
            ? new(fallback, null)
            : new(null, new("documentType", InvalidDocumentType, $"A {kind} needs its document_type."));
    }

    /// <summary>Every problem with a declaration; empty when it can be stored.</summary>
    public static IReadOnlyList<Form526RuleViolation> CheckDeclaration(string? submissionId, Form526SubmissionDeclaration? declaration)
    {
        var violations = new List<Form526RuleViolation>();
        if (CheckSubmissionId(submissionId) is { } badId) violations.Add(badId);
        if (declaration is null)
        {
            violations.Add(new("body", InvalidSubmission, "Send the submission as JSON."));
            return violations;
        }
        if (string.IsNullOrWhiteSpace(declaration.ClaimId)) violations.Add(new("claimId", InvalidSubmission, "claimId is required."));
        if (string.IsNullOrWhiteSpace(declaration.ParticipantId))
        {
            violations.Add(new("participantId", InvalidSubmission, "participantId is required."));
        }
        if (declaration.SubmittedAt == default) violations.Add(new("submittedAt", InvalidSubmission, "submittedAt is required."));
        if (declaration.Expected is null)
        {
            violations.Add(new("expected", InvalidSubmission, "expected is required (it may be empty)."));
            return violations;
        }

        var seen = new HashSet<(string, string?)>();
        for (var i = 0; i < declaration.Expected.Count; i++)
        {
            var expected = declaration.Expected[i];
            if (expected is null)
            {
                violations.Add(new($"expected[{i}]", InvalidSubmission, "An expected document cannot be null."));
                continue;
            }
            if (CheckDocument(expected.Kind, expected.AttachmentId) is { } bad)
            {
                violations.Add(bad with { Field = $"expected[{i}].{bad.Field}" });
            }
            else if (!seen.Add((expected.Kind, expected.AttachmentId)))
            {
                // Two identical entries could never be told apart when matching documents to them.
                violations.Add(new($"expected[{i}]", InvalidSubmission, "This document is already expected."));
            }
        }
        return violations;
    }

    private static bool IsId(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= MaxIdLength;
}
