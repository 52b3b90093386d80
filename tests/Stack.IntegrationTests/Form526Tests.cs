using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.TestSupport;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>The Form 526 pipeline declares a submission's documents and uploads them through upload-api's
/// internal routes; document-workflow tells whether the submission got every one of them to completed.</summary>
[Collection(StackCollection.Name)]
public sealed class Form526Tests(StackFixture stack)
{
    private const string ClaimId = "600000526";

    private static string SubmissionId() => $"526-{Guid.NewGuid():N}"[..24];

    private static string SubmissionRoute(string submissionId) => $"/internal/form526/submissions/{submissionId}";

    private static MultipartFormDataContent Form(string kind, string? attachmentId = null, string? documentType = null,
        string fileName = "document.pdf", string claimId = ClaimId)
    {
        var file = new ByteArrayContent(SamplePdf.Create());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent
        {
            { file, "file", fileName },
            { new StringContent(kind), "kind" },
            { new StringContent(claimId), "claim_id" },
            { new StringContent("p-526"), "participant_id" },
        };
        if (attachmentId is not null) form.Add(new StringContent(attachmentId), "attachment_id");
        if (documentType is not null) form.Add(new StringContent(documentType), "document_type");
        return form;
    }

    /// <summary>A minimal but well-formed PDF (one blank page, a correct cross-reference table), which the
    /// upload rules' full parse accepts.</summary>
    private static Form526SubmissionDeclaration Declaration(params Form526ExpectedDocument[] expected) =>
        new(ClaimId, "p-526", DateTimeOffset.UtcNow, expected);

    private static async Task<Form526DocumentAnswer> UploadAsync(HttpClient pipeline, string submissionId, HttpContent form)
    {
        using var response = await pipeline.PostAsync($"{SubmissionRoute(submissionId)}/documents", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Form526DocumentAnswer>())!;
    }

    /// <summary>Reads the submission from document-workflow until <paramref name="done"/> holds.</summary>
    private static async Task<Form526SubmissionView> WaitForAsync(HttpClient workflow, string submissionId,
        Func<Form526SubmissionView, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        Form526SubmissionView? last = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            last = await workflow.GetFromJsonAsync<Form526SubmissionView>(Form526Routes.SubmissionPath(submissionId));
            if (last is not null && done(last)) return last;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Submission {submissionId} did not reach the expected state; last seen: " +
                                   string.Join(", ", last?.Expected.Select(e => $"{e.Kind}/{e.AttachmentId}={e.Status}") ?? []));
    }

    private static async Task<bool> ListedAsIncompleteAsync(HttpClient workflow, string submissionId)
    {
        var listed = await workflow.GetFromJsonAsync<List<Form526SubmissionView>>(
            $"{Form526Routes.Submissions.TrimStart('/')}?incomplete=true&olderThan=PT0S&limit=1000");
        return listed!.Any(s => s.SubmissionId == submissionId);
    }

    [Fact]
    public async Task A_submission_stays_incomplete_until_every_expected_document_has_completed()
    {
        using var pipeline = stack.ServiceClient(AppIds.UploadApi);
        using var workflow = stack.ServiceClient(AppIds.DocumentWorkflow);
        var submissionId = SubmissionId();

        using var declared = await pipeline.PutAsJsonAsync(SubmissionRoute(submissionId),
            Declaration(new(Form526Kinds.BddInstructions), new(Form526Kinds.VeteranUpload, "att-1")));
        Assert.True(declared.StatusCode == HttpStatusCode.OK, await declared.Content.ReadAsStringAsync());
        var initial = (await declared.Content.ReadFromJsonAsync<Form526SubmissionView>())!;
        Assert.False(initial.Complete);
        Assert.All(initial.Expected, e => Assert.Null(e.Status));

        var bdd = await UploadAsync(pipeline, submissionId, Form(Form526Kinds.BddInstructions, fileName: "bdd-instructions.pdf"));
        Assert.Equal((submissionId, Form526Kinds.BddInstructions, "submitted", "L023", "lighthouse"),
            (bdd.SubmissionId, bdd.Kind, bdd.Status, bdd.DocumentType, bdd.Provider));
        Assert.False(string.IsNullOrEmpty(bdd.ProviderRequestId));

        var oneDone = await WaitForAsync(workflow, submissionId, s => s.Expected[0].Status == DocumentStatuses.Completed);
        Assert.Equal(bdd.Id, oneDone.Expected[0].DocumentId);
        Assert.Equal((null, null), (oneDone.Expected[1].DocumentId, oneDone.Expected[1].Status));
        Assert.False(oneDone.Complete);
        Assert.True(await ListedAsIncompleteAsync(workflow, submissionId));

        var upload = await UploadAsync(pipeline, submissionId,
            Form(Form526Kinds.VeteranUpload, attachmentId: "att-1", documentType: "L049", fileName: "records.pdf"));
        Assert.Equal(("att-1", "L049"), (upload.AttachmentId, upload.DocumentType));

        var complete = await WaitForAsync(workflow, submissionId, s => s.Complete);
        Assert.Equal([bdd.Id, upload.Id], complete.Expected.Select(e => e.DocumentId!.Value));
        Assert.All(complete.Expected, e => Assert.Equal(DocumentStatuses.Completed, e.Status));
        Assert.False(await ListedAsIncompleteAsync(workflow, submissionId));
    }

    [Fact]
    public async Task A_veteran_token_is_refused_on_the_internal_routes()
    {
        using var veteran = await stack.VeteranAsync("p-526");
        var submissionId = SubmissionId();

        using var upload = await veteran.PostAsync($"{SubmissionRoute(submissionId)}/documents", Form(Form526Kinds.BddInstructions));
        using var declare = await veteran.PutAsJsonAsync(SubmissionRoute(submissionId), Declaration(new Form526ExpectedDocument(Form526Kinds.BddInstructions)));
        using var workflow = stack.Client(AppIds.DocumentWorkflow);
        workflow.DefaultRequestHeaders.Authorization = veteran.DefaultRequestHeaders.Authorization;
        using var read = await workflow.GetAsync(Form526Routes.SubmissionPath(submissionId));

        Assert.Contains(upload.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Contains(declare.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Contains(read.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        using var pipeline = stack.ServiceClient(AppIds.DocumentWorkflow);
        Assert.Equal(HttpStatusCode.NotFound, (await pipeline.GetAsync(Form526Routes.SubmissionPath(submissionId))).StatusCode);
    }

    [Fact]
    public async Task A_document_breaking_a_Form_526_rule_gets_a_coded_error_and_is_not_sent()
    {
        using var pipeline = stack.ServiceClient(AppIds.UploadApi);
        var submissionId = SubmissionId();

        using var noAttachment = await pipeline.PostAsync($"{SubmissionRoute(submissionId)}/documents",
            Form(Form526Kinds.VeteranUpload, documentType: "L049"));
        using var unknownKind = await pipeline.PostAsync($"{SubmissionRoute(submissionId)}/documents", Form("form_4142"));
        using var noType = await pipeline.PostAsync($"{SubmissionRoute(submissionId)}/documents",
            Form(Form526Kinds.VeteranUpload, attachmentId: "att-1"));

        Assert.Equal(HttpStatusCode.BadRequest, noAttachment.StatusCode);
        Assert.Equal(Form526Rules.InvalidAttachmentId, (await noAttachment.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
        Assert.Equal(Form526Rules.InvalidKind, (await unknownKind.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
        Assert.Equal(Form526Rules.InvalidDocumentType, (await noType.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
    }

    [Fact]
    public async Task A_document_for_an_undeclared_submission_or_another_claim_is_refused_and_nothing_is_sent()
    {
        using var pipeline = stack.ServiceClient(AppIds.UploadApi);
        using var workflow = stack.ServiceClient(AppIds.DocumentWorkflow);
        async Task<int> RecordedAsync(string claimId) => (await workflow.GetFromJsonAsync<System.Text.Json.JsonElement>(
            $"documents?participantId=p-526&claimId={claimId}&limit=200")).GetProperty("items").GetArrayLength();
        var before = (await RecordedAsync(ClaimId), await RecordedAsync("600000527"));

        using var undeclared = await pipeline.PostAsync($"{SubmissionRoute(SubmissionId())}/documents", Form(Form526Kinds.Form0781));
        Assert.Equal(HttpStatusCode.Conflict, undeclared.StatusCode);
        Assert.Equal("FORM526_SUBMISSION_NOT_DECLARED", (await undeclared.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);

        var submissionId = SubmissionId();
        (await pipeline.PutAsJsonAsync(SubmissionRoute(submissionId), Declaration(new Form526ExpectedDocument(Form526Kinds.Form0781))))
            .EnsureSuccessStatusCode();
        using var mismatch = await pipeline.PostAsync($"{SubmissionRoute(submissionId)}/documents",
            Form(Form526Kinds.Form0781, claimId: "600000527"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
        Assert.Equal("FORM526_SUBMISSION_MISMATCH", (await mismatch.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);

        Assert.Equal(before, (await RecordedAsync(ClaimId), await RecordedAsync("600000527")));
    }

    [Fact]
    public async Task A_document_Lighthouse_cannot_take_is_answered_as_on_the_public_route_and_recorded_as_upload_failed()
    {
        using var pipeline = stack.ServiceClient(AppIds.UploadApi);
        using var workflow = stack.ServiceClient(AppIds.DocumentWorkflow);
        using var sim = stack.Client(AppIds.LighthouseSim);
        var submissionId = SubmissionId();
        (await pipeline.PutAsJsonAsync(SubmissionRoute(submissionId), Declaration(new Form526ExpectedDocument(Form526Kinds.Form0781)))).EnsureSuccessStatusCode();

        (await sim.PutAsJsonAsync("/_sim/faults", Faults(uploadFailureRate: 1.0))).EnsureSuccessStatusCode();
        HttpResponseMessage response;
        try
        {
            response = await pipeline.PostAsync($"{SubmissionRoute(submissionId)}/documents", Form(Form526Kinds.Form0781));
        }
        finally
        {
            (await sim.PutAsJsonAsync("/_sim/faults", Faults())).EnsureSuccessStatusCode();
        }

        using (response)
        {
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Equal("UPSTREAM_UNAVAILABLE", (await response.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
        }
        var submission = await workflow.GetFromJsonAsync<Form526SubmissionView>(Form526Routes.SubmissionPath(submissionId));
        Assert.Equal(DocumentStatuses.UploadFailed, submission!.Expected[0].Status);
        Assert.False(submission.Complete);
    }

    private static object Faults(double uploadFailureRate = 0) => new
    {
        uploadFailureRate, statusFailureRate = 0, statusLatencyMs = 0, rateLimitPerSecond = 0, malformedStatusRate = 0,
    };

    private sealed record Form526DocumentAnswer(
        Guid Id,
        string SubmissionId,
        string Kind,
        string? AttachmentId,
        string ClaimId,
        string Provider,
        string? ProviderRequestId,
        string DocumentType,
        string Status);
}
