using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Idempotency;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.DocumentWorkflow.Api;

/// <summary>Tracked documents, for the other services (internal service token only).</summary>
public static partial class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("").RequireAuthorization(AuthPolicies.Service);
        documents.MapPost(WorkflowRoutes.Documents, RegisterAsync);
        documents.MapGet(WorkflowRoutes.Document, GetAsync);
        documents.MapGet(WorkflowRoutes.Documents, ListForClaimAsync);
        return app;
    }

    public static async Task<Results<Created<TrackedDocumentView>, Ok<TrackedDocumentView>, ValidationProblem>> RegisterAsync(
        RegisterDocumentRequest request, [AsParameters] DocumentServices services, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var now = services.Time.GetUtcNow();
        var initial = request.UploadError is { } uploadError
            ? DocumentStateMachine.RegisterUploadFailure(uploadError, now)
            : DocumentStateMachine.Register(now);
        var document = new NewDocument(request.Id ?? Guid.CreateVersion7(now), request.Provider, request.ProviderRequestId,
            request.ClaimId, request.ParticipantId, request.DocumentType, request.FileName, request.TrackedItemIds ?? [],
            request.Form526SubmissionId, request.Form526Kind, request.AttachmentId);

        var result = await services.Store.RegisterAsync(document, initial, cancellationToken);
        // A retried registration settles again: both settlements are idempotent for the attempt that holds the key.
        if (request.IdempotencyKey is { } key) await SettleKeyAsync(request, key, now, services, cancellationToken);
        var history = await services.Store.GetHistoryAsync(result.Document.Id, cancellationToken);
        var view = result.Document.ToView(history);
        if (!result.Created) return TypedResults.Ok(view);

        services.Transitions.Record(result.Document.Id, request.Provider, request.DocumentType, initial);
        return TypedResults.Created($"/documents/{view.Id}", view);
    }

    /// <summary>Completes the key when the provider has the document (a retry is shown it), releases it when the
    /// provider refused (a retry really retries). A crash between the registration and this leaves the key
    /// reserved; reserving it again then finds the accepted document (<see cref="ReservationRules"/>), or, for a
    /// refused one, waits out Idempotency:AbandonAfter, as before.</summary>
    private static async Task SettleKeyAsync(RegisterDocumentRequest request, string key, DateTimeOffset now, DocumentServices services,
        CancellationToken cancellationToken)
    {
        var attempt = new IdempotencyKeyAttempt(request.ParticipantId, key, request.Id!.Value);
        var settled = request.ProviderRequestId is not null
            ? await services.IdempotencyKeys.CompleteAsync(attempt, now, cancellationToken)
            : await services.IdempotencyKeys.ReleaseAsync(attempt, cancellationToken);
        if (!settled) LogKeyNotHeld(services.Logger, request.Id.Value);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Document {DocumentId} is registered, but its attempt no longer holds its idempotency key (it outlived Idempotency:AbandonAfter)")]
    private static partial void LogKeyNotHeld(ILogger logger, Guid documentId);

    /// <param name="refresh">The veteran is looking: refresh a stale pending status from its provider first
    /// (<see cref="OnDemandRefresher"/>).</param>
    public static async Task<Results<Ok<TrackedDocumentView>, NotFound>> GetAsync(Guid id, bool? refresh,
        [AsParameters] DocumentServices services, CancellationToken cancellationToken)
    {
        var document = await services.Store.GetAsync(id, cancellationToken);
        if (document is null) return TypedResults.NotFound();
        var cycles = await LastPolledTime.CyclesFor([document], services.Store, cancellationToken);
        if (refresh == true && await services.Refresher.RefreshAsync([document], cycles, cancellationToken))
        {
            document = await services.Store.GetAsync(id, cancellationToken) ?? document;
        }
        var history = await services.Store.GetHistoryAsync(id, cancellationToken);
        var notice = await services.Notices.GetForDocumentAsync(id, cancellationToken);
        return TypedResults.Ok(document.ToView(history, cycles, notice));
    }

    public static async Task<Results<Ok<TrackedDocumentPage>, ValidationProblem>> ListForClaimAsync(
        string? participantId, string? claimId, int? limit, long? before, bool? refresh, [AsParameters] DocumentServices services,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(participantId) || string.IsNullOrWhiteSpace(claimId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["query"] = ["participantId and claimId are both required."],
            });
        }
        var size = limit ?? DocumentPaging.DefaultLimit;
        if (size is < 1 or > DocumentPaging.MaxLimit || before is <= 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["query"] = [$"limit must be 1 to {DocumentPaging.MaxLimit} and before a positive keyset."],
            });
        }
        // One more than asked says whether an older page exists, without a count.
        var documents = await services.Store.ListForClaimAsync(participantId, claimId, before, size + 1, cancellationToken);
        var cycles = await LastPolledTime.CyclesFor(documents, services.Store, cancellationToken);
        if (refresh == true && await services.Refresher.RefreshAsync(documents.Take(size).ToList(), cycles, cancellationToken))
        {
            documents = await services.Store.ListForClaimAsync(participantId, claimId, before, size + 1, cancellationToken);
        }
        var page = documents.Take(size).ToList();
        return TypedResults.Ok(new TrackedDocumentPage(page.Select(d => d.ToView([], cycles)).ToList(),
            documents.Count > size ? page[^1].Seq : null));
    }

    private static Dictionary<string, string[]> Validate(RegisterDocumentRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        void Require(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value)) errors[name] = [$"{name} is required."];
        }
        Require(r.Provider, "provider");
        Require(r.ClaimId, "claimId");
        Require(r.ParticipantId, "participantId");
        Require(r.DocumentType, "documentType");
        Require(r.FileName, "fileName");
        if (string.IsNullOrWhiteSpace(r.ProviderRequestId) == string.IsNullOrWhiteSpace(r.UploadError))
        {
            errors["providerRequestId"] = ["Exactly one of providerRequestId (accepted) or uploadError (refused) is required."];
        }
        if (r.IdempotencyKey is not null && (!IdempotencyKeyFormat.IsValidKey(r.IdempotencyKey) || r.Id is null || r.Id == Guid.Empty))
        {
            errors["idempotencyKey"] = [$"idempotencyKey must be 1 to {IdempotencyKeyFormat.MaxKeyLength} printable ASCII characters, and id is required with it."];
        }
        if (Form526Rules.CheckRegistration(r.Form526SubmissionId, r.Form526Kind, r.AttachmentId) is { } form526)
        {
            errors[form526.Field] = [form526.Detail];
        }
        return errors;
    }
}
