using DocumentUploads.ServiceDefaults.Resilience;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceAuth;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Uploads;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DocumentUploads.UploadApi.Form526;

/// <summary>Internal routes for the Form 526 submission pipeline (internal service token only; a veteran's
/// token is refused): declare what a submission must file, and upload each document of it.</summary>
public static partial class Form526Api
{
    public const string SubmissionRoute = "/internal/form526/submissions/{submissionId}";
    public const string DocumentsRoute = "/internal/form526/submissions/{submissionId}/documents";

    public static IEndpointRouteBuilder MapForm526Api(this IEndpointRouteBuilder app)
    {
        var pipeline = app.MapGroup("").RequireAuthorization(AuthPolicies.Service);
        pipeline.MapPut(SubmissionRoute, DeclareAsync);
        pipeline.MapPost(DocumentsRoute, UploadAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>Stored by document-workflow; answers the submission's completeness as it stands.</summary>
    public static async Task<IResult> DeclareAsync(string submissionId, Form526SubmissionDeclaration? declaration,
        [AsParameters] Form526UploadServices services, CancellationToken cancellationToken)
    {
        var violations = Form526Rules.CheckDeclaration(submissionId, declaration);
        if (violations.Count > 0) return Form526Errors.Invalid(violations);
        try
        {
            return TypedResults.Ok(await services.Workflow.DeclareAsync(submissionId, declaration!, cancellationToken));
        }
        catch (Exception ex) when (ServiceCallFailures.IsUnreachable(ex))
        {
            LogDeclarationFailed(services.Logger, submissionId, ex.GetType().Name);
            return Form526Errors.WorkflowUnavailable(ex.GetType().Name);
        }
    }

    /// <summary>multipart: <c>file</c>, <c>kind</c>, <c>attachment_id</c> (veteran uploads only), <c>claim_id</c>,
    /// <c>participant_id</c>, optional <c>document_type</c>. 201 with the tracked document; a document Lighthouse
    /// refuses or cannot take is recorded as upload_failed and answered with the public API's upstream errors.</summary>
    public static async Task<IResult> UploadAsync(string submissionId, HttpContext context,
        [AsParameters] Form526UploadServices services, CancellationToken cancellationToken)
    {
        var (form, formError) = await UploadFormReader.ReadAsync(context.Request, cancellationToken);
        if (formError is not null) return formError;

        var fields = Form526UploadFields.Read(form!);
        var choice = fields.Check(submissionId);
        if (choice.Violation is { } violation) return Form526Errors.Invalid([violation]);
        // The same file rules as the public route, on the document type this kind resolves to.
        var (upload, error) = await UploadRequestParser.ParseAsync(fields.ClaimId!, fields.ParticipantId!,
            Form526UploadFields.ForUploadRules(form!, choice.DocumentType!), services.Logger, cancellationToken);
        if (error is not null) return error;
        await using var validated = upload!;
        // Refused before anything is recorded: the submission's expected document stays missing, which its
        // SLA monitor reports.
        if (await services.Scanner.RefuseIfUnsafeAsync(validated, cancellationToken) is { } unsafeFile) return unsafeFile;

        // Only into a declared submission, for its own claim: otherwise the SLA monitor could not see it.
        Form526SubmissionView? declared;
        try
        {
            declared = await services.Workflow.GetAsync(submissionId, cancellationToken);
        }
        catch (Exception ex) when (ServiceCallFailures.IsUnreachable(ex))
        {
            return Form526Errors.WorkflowUnreachableBeforeUpload(ex.GetType().Name);
        }
        if (declared is null) return Form526Errors.NotDeclared(submissionId);
        if (declared.ClaimId != validated.ClaimId || declared.ParticipantId != validated.ParticipantId)
        {
            return Form526Errors.Mismatch(submissionId);
        }

        // Form 526 documents are compensation-claim evidence: always Lighthouse, never routed elsewhere.
        const string provider = ProviderIds.Lighthouse;
        var id = Guid.CreateVersion7(services.Time.GetUtcNow());
        var outcome = await services.Providers.UploadAsync(provider, validated, cancellationToken);
        var registration = new RegisterDocumentRequest(provider, outcome.ProviderRequestId, validated.ClaimId,
            validated.ParticipantId, validated.DocumentType, validated.FileName, [],
            outcome.Accepted ? null : $"{outcome.Error!.Code}: {outcome.Error.Detail}", id,
            submissionId, fields.Kind, fields.AttachmentId);
        var tracked = await services.Registrar.RegisterOrDeferAsync(registration, cancellationToken);
        LogUploaded(services.Logger, submissionId, fields.Kind!, id, outcome.Accepted ? "accepted" : "upload_failed");

        if (!outcome.Accepted) return Form526Errors.Upstream(outcome);
        var view = tracked is not null
            ? Form526DocumentView.From(tracked)
            : Form526DocumentView.Deferred(registration, services.Time.GetUtcNow());
        return TypedResults.Created((string?)null, view);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Form 526 submission {SubmissionId}: {Kind} document {DocumentId} {Outcome}")]
    private static partial void LogUploaded(ILogger logger, string submissionId, string kind, Guid documentId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Could not store the declaration of Form 526 submission {SubmissionId} with document-workflow ({Reason})")]
    private static partial void LogDeclarationFailed(ILogger logger, string submissionId, string reason);
}
