using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>Form 526 submissions: the pipeline declares what each must file; the dashboard and the
/// SLA monitor read whether it all completed (internal service token only).</summary>
public static class Form526Api
{
    public const int DefaultListLimit = 100;
    public const int MaxListLimit = 1000;

    public static IEndpointRouteBuilder MapForm526Api(this IEndpointRouteBuilder app)
    {
        var submissions = app.MapGroup("").RequireAuthorization(AuthPolicies.Service);
        submissions.MapPut(Form526Routes.Submission, DeclareAsync);
        submissions.MapGet(Form526Routes.Submission, GetAsync);
        submissions.MapGet(Form526Routes.Submissions, ListIncompleteAsync);
        return app;
    }

    /// <summary>Stores (or replaces) the declaration and answers the submission as it stands now: documents
    /// registered before the declaration count too.</summary>
    public static async Task<Results<Ok<Form526SubmissionView>, ValidationProblem>> DeclareAsync(string submissionId,
        Form526SubmissionDeclaration? declaration, IForm526Store store, TimeProvider time, CancellationToken cancellationToken)
    {
        var violations = Form526Rules.CheckDeclaration(submissionId, declaration);
        if (violations.Count > 0)
        {
            return TypedResults.ValidationProblem(violations.GroupBy(v => v.Field)
                .ToDictionary(g => g.Key, g => g.Select(v => v.Detail).ToArray()));
        }

        await store.SaveAsync(new Form526Submission(submissionId, declaration!.ClaimId, declaration.ParticipantId,
            declaration.SubmittedAt, time.GetUtcNow(), declaration.Expected), cancellationToken);
        var saved = await store.GetAsync(submissionId, cancellationToken)
                    ?? throw new InvalidOperationException($"Form 526 submission {submissionId} was saved but cannot be read back.");
        return TypedResults.Ok(Form526Completeness.ToView(saved));
    }

    public static async Task<Results<Ok<Form526SubmissionView>, NotFound>> GetAsync(string submissionId, IForm526Store store,
        CancellationToken cancellationToken) =>
        await store.GetAsync(submissionId, cancellationToken) is { } record
            ? TypedResults.Ok(Form526Completeness.ToView(record))
            : TypedResults.NotFound();

    /// <param name="incomplete">Must be true: incomplete submissions are the only listing.</param>
    /// <param name="olderThan">How long after submission a submission counts (ISO 8601 or d.hh:mm:ss);
    /// <c>Form526:CompletionSla</c> when absent.</param>
    public static async Task<Results<Ok<List<Form526SubmissionView>>, ValidationProblem>> ListIncompleteAsync(bool? incomplete,
        string? olderThan, int? limit, IForm526Store store, IOptions<Form526Settings> settings, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (incomplete != true) errors["incomplete"] = ["Only incomplete=true is supported."];
        var age = settings.Value.CompletionSla;
        if (olderThan is not null && !Form526Durations.TryParse(olderThan, out age))
        {
            errors["olderThan"] = ["olderThan must be a non-negative duration, e.g. PT72H or 3.00:00:00."];
        }
        if (limit is < 1 or > MaxListLimit) errors["limit"] = [$"limit must be between 1 and {MaxListLimit}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var records = await store.ListIncompleteSubmittedBeforeAsync(time.GetUtcNow() - age, limit ?? DefaultListLimit,
            cancellationToken);
        return TypedResults.Ok(records.Select(Form526Completeness.ToView).ToList());
    }
}
