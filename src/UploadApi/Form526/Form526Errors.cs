using System.Globalization;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Form526;

/// <summary>Error answers of the Form 526 routes, in the public API's shape (<see cref="ApiErrorBody"/>),
/// worded for the pipeline's operators rather than for a veteran.</summary>
public static class Form526Errors
{
    public static IResult Invalid(IEnumerable<Form526RuleViolation> violations) => TypedResults.Json(
        new ApiErrorBody(violations.Select(v => new ApiError("Bad request", v.Detail, v.Code, "400")).ToList()), statusCode: 400);

    /// <summary>Lighthouse refused the document (422) or could not take it (the provider's 502/503/504, else 502).</summary>
    public static IResult Upstream(ProviderUploadOutcome outcome) => outcome.Rejected
        ? ApiErrors.Create(422, ApiErrors.UpstreamRejected, "Document not accepted",
            $"Lighthouse did not accept this document: {outcome.Error!.Detail} It is recorded as upload_failed.")
        : ApiErrors.Create(outcome.UnavailableStatus, ApiErrors.UpstreamUnavailable, "Service unavailable",
            $"Lighthouse could not take this document ({outcome.Error?.Detail}). It is recorded as upload_failed; upload it again later.");

    public static IResult WorkflowUnavailable(string reason) => ApiErrors.Create(503, ApiErrors.UpstreamUnavailable,
        "Service unavailable", string.Create(CultureInfo.InvariantCulture,
            $"document-workflow could not be reached ({reason}); nothing was stored. The declaration can be sent again."));

    public const string SubmissionNotDeclared = "FORM526_SUBMISSION_NOT_DECLARED";
    public const string SubmissionMismatch = "FORM526_SUBMISSION_MISMATCH";

    /// <summary>Without a declaration nobody could tell the submission's documents never all arrived.</summary>
    public static IResult NotDeclared(string submissionId) => ApiErrors.Create(409, SubmissionNotDeclared, "Submission not declared",
        $"Form 526 submission {submissionId} was never declared: PUT its expected documents to " +
        "/internal/form526/submissions/{submissionId} first, then upload them. Nothing was sent.");

    public static IResult Mismatch(string submissionId) => ApiErrors.Create(422, SubmissionMismatch, "Not this submission's claim",
        $"The claim_id or participant_id differs from what Form 526 submission {submissionId} declared. Nothing was sent.");

    public static IResult WorkflowUnreachableBeforeUpload(string reason) => ApiErrors.Create(503, ApiErrors.UpstreamUnavailable,
        "Service unavailable", string.Create(CultureInfo.InvariantCulture,
            $"document-workflow could not be reached ({reason}) to look up the submission; nothing was sent. Upload it again later."));
}
