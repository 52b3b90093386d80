using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Api;
using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>The state behind upload-api's <c>Idempotency-Key</c> header, kept here so every upload-api replica
/// sees the same keys (internal service token only). Reserve before sending to a provider; complete after
/// registering the document; release when the provider did not take it.</summary>
public static class IdempotencyKeysApi
{
    public const string NotHeld = "IDEMPOTENCY_KEY_NOT_HELD";

    public static IEndpointRouteBuilder MapIdempotencyKeysApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("").RequireAuthorization(AuthPolicies.Service);
        keys.MapPost(IdempotencyRoutes.Reservations, ReserveAsync);
        keys.MapPost(IdempotencyRoutes.Completion, CompleteAsync);
        keys.MapPost(IdempotencyRoutes.Release, ReleaseAsync);
        return app;
    }

    public static async Task<Results<Ok<IdempotencyKeyReservation>, ValidationProblem>> ReserveAsync(
        IdempotencyKeyReservationRequest request, IIdempotencyStore keys, IDocumentStore documents,
        IOptions<IdempotencySettings> settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = Validate(request.ParticipantId, request.Key, request.DocumentId);
        if (!IdempotencyKeyFormat.IsValidFingerprint(request.Fingerprint))
        {
            errors["fingerprint"] = [$"fingerprint must be {IdempotencyKeyFormat.FingerprintLength} lowercase hex digits."];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var result = await keys.ReserveAsync(request, time.GetUtcNow(), settings.Value.AbandonAfter, cancellationToken);
        var answer = result.Outcome switch
        {
            ReservationOutcome.Reserved => new IdempotencyKeyReservation(IdempotencyKeyOutcomes.Reserved),
            ReservationOutcome.InProgress => new IdempotencyKeyReservation(IdempotencyKeyOutcomes.InProgress),
            ReservationOutcome.Mismatch => new IdempotencyKeyReservation(IdempotencyKeyOutcomes.Mismatch),
            _ => await CompletedAsync(result.DocumentId!.Value, documents, cancellationToken),
        };
        return TypedResults.Ok(answer);
    }

    public static async Task<Results<NoContent, Conflict<ProblemDetailsBody>, ValidationProblem>> CompleteAsync(
        IdempotencyKeyAttempt attempt, IIdempotencyStore keys, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = Validate(attempt.ParticipantId, attempt.Key, attempt.DocumentId);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return await keys.CompleteAsync(attempt, time.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Conflict(new ProblemDetailsBody(NotHeld, "This attempt no longer holds the key, or released it."));
    }

    public static async Task<Results<NoContent, Conflict<ProblemDetailsBody>, ValidationProblem>> ReleaseAsync(
        IdempotencyKeyAttempt attempt, IIdempotencyStore keys, CancellationToken cancellationToken)
    {
        var errors = Validate(attempt.ParticipantId, attempt.Key, attempt.DocumentId);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return await keys.ReleaseAsync(attempt, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Conflict(new ProblemDetailsBody(NotHeld, "This attempt no longer holds the key, or completed it."));
    }

    /// <summary>The first request's answer, as GET /documents/{id} shows it. A key completed before its document
    /// was registered (only if a caller completes too early) reads as still in progress until it is.</summary>
    private static async Task<IdempotencyKeyReservation> CompletedAsync(Guid documentId, IDocumentStore documents,
        CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(documentId, cancellationToken);
        if (document is null) return new IdempotencyKeyReservation(IdempotencyKeyOutcomes.InProgress);
        var history = await documents.GetHistoryAsync(documentId, cancellationToken);
        return new IdempotencyKeyReservation(IdempotencyKeyOutcomes.Completed, document.ToView(history));
    }

    private static Dictionary<string, string[]> Validate(string? participantId, string? key, Guid documentId)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(participantId)) errors["participantId"] = ["participantId is required."];
        if (!IdempotencyKeyFormat.IsValidKey(key))
        {
            errors["key"] = [$"key must be 1 to {IdempotencyKeyFormat.MaxKeyLength} printable ASCII characters."];
        }
        if (documentId == Guid.Empty) errors["documentId"] = ["documentId is required."];
        return errors;
    }
}
