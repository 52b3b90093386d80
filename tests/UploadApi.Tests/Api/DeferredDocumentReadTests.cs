using System.Net;
using System.Security.Claims;
using System.Text.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceAuth;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.UploadApi.Tests.Api;

/// <summary>A document accepted while document-workflow could not register it (kept in the outbox) reads as
/// what the upload answered, to its owner only, until the outbox delivers it.</summary>
public sealed class DeferredDocumentReadTests : IDisposable
{
    private const string Owner = "600043201";
    private readonly string _directory = Directory.CreateTempSubdirectory("du-outbox-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private RegistrationOutbox Outbox() => TestOutboxes.In(_directory);

    /// <summary>document-workflow as it answers for a document it has not registered (404) and a claim with none.</summary>
    private sealed class EmptyWorkflow : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(request.RequestUri!.AbsolutePath.EndsWith("/documents", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"items\":[],\"nextBefore\":null}", System.Text.Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    private static WorkflowClient Workflow() => new(StubServiceClients.Over<IDocumentWorkflowApi>(new EmptyWorkflow(), WorkflowJson.Default));

    private static HttpContext Veteran(string participantId) => new DefaultHttpContext
    {
        User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AuthPolicies.ParticipantIdClaim, participantId)], "test")),
        RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
    };

    private static RegisterDocumentRequest Registration(Guid id, string? error = null) =>
        new("lighthouse", error is null ? "1796339723281" : null, "600000001", Owner, "L023", "statement.pdf", [1234], error, id);

    private static async Task<(int Status, JsonElement Body)> ExecuteAsync(IResult result)
    {
        var context = Veteran(Owner);
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonDocument.ParseAsync(context.Response.Body)).RootElement);
    }

    [Fact]
    public async Task Its_owner_reads_a_kept_document_as_submitted_with_the_providers_request_id()
    {
        var outbox = Outbox();
        var id = Guid.CreateVersion7();
        await outbox.SaveAsync(Registration(id), CancellationToken.None);

        var (status, body) = await ExecuteAsync(await BenefitsDocumentsApi.GetAsync(id, Veteran(Owner), Workflow(), outbox, CancellationToken.None));

        Assert.Equal(200, status);
        Assert.Equal(id, body.GetProperty("id").GetGuid());
        Assert.Equal("submitted", body.GetProperty("status").GetString());
        Assert.Equal("1796339723281", body.GetProperty("providerRequestId").GetString());
    }

    [Fact]
    public async Task Someone_else_gets_the_same_404_as_for_a_document_that_does_not_exist()
    {
        var outbox = Outbox();
        var id = Guid.CreateVersion7();
        await outbox.SaveAsync(Registration(id), CancellationToken.None);

        var (kept, keptBody) = await ExecuteAsync(await BenefitsDocumentsApi.GetAsync(id, Veteran("600099999"), Workflow(), outbox, CancellationToken.None));
        var (missing, missingBody) = await ExecuteAsync(await BenefitsDocumentsApi.GetAsync(Guid.CreateVersion7(), Veteran("600099999"), Workflow(), outbox, CancellationToken.None));

        Assert.Equal(404, kept);
        Assert.Equal(missing, kept);
        Assert.Equal(missingBody.ToString(), keptBody.ToString());
    }

    [Fact]
    public async Task The_claims_list_shows_its_owners_kept_documents_and_a_failed_one_as_upload_failed()
    {
        var outbox = Outbox();
        var accepted = Guid.CreateVersion7();
        var failed = Guid.CreateVersion7();
        await outbox.SaveAsync(Registration(accepted), CancellationToken.None);
        await outbox.SaveAsync(Registration(failed, "UPSTREAM_UNAVAILABLE: Lighthouse answered 503"), CancellationToken.None);
        await outbox.SaveAsync(Registration(Guid.CreateVersion7()) with { ParticipantId = "600099999" }, CancellationToken.None);
        await outbox.SaveAsync(Registration(Guid.CreateVersion7()) with { ClaimId = "600000002" }, CancellationToken.None);

        var (status, body) = await ExecuteAsync(await BenefitsDocumentsApi.ListAsync("600000001", null, null, Veteran(Owner), Workflow(), outbox, CancellationToken.None));

        Assert.Equal(200, status);
        var listed = body.GetProperty("data").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetGuid(), d => d.GetProperty("status").GetString());
        Assert.Equal(2, listed.Count);
        Assert.Equal("submitted", listed[accepted]);
        Assert.Equal("upload_failed", listed[failed]);
    }
}
