using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using DocumentUploads.Contracts.Features;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceAuth;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Idempotency;
using DocumentUploads.UploadApi.Routing;
using DocumentUploads.UploadApi.Scanning;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.FeatureManagement;

namespace DocumentUploads.UploadApi.Tests.Api;

/// <summary>The upload handler in-process, with the provider and document-workflow answered by stubs: each
/// failure branch gives its answer and records (or sends) exactly what it should, nothing more.</summary>
public sealed class UploadHandlerTests : IDisposable
{
    private const string Participant = "600043201";
    private const string Claim = "600000001";
    private readonly string _outboxDirectory = Directory.CreateTempSubdirectory("du-handler-outbox-").FullName;
    private readonly ServiceTelemetry _telemetry = new("upload-handler-tests");
    private readonly List<ServiceProvider> _flags = [];

    public void Dispose()
    {
        foreach (var flags in _flags) flags.Dispose();
        _telemetry.Dispose();
        Directory.Delete(_outboxDirectory, recursive: true);
    }

    private IVariantFeatureManager Flags(bool multiProvider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"FeatureManagement:{FeatureFlagNames.LighthouseProvider}"] = "true",
            [$"FeatureManagement:{FeatureFlagNames.ChampvaProvider}"] = "false",
            [$"FeatureManagement:{FeatureFlagNames.MultiDocumentProvider}"] = multiProvider ? "true" : "false",
        }).Build();
        var flags = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddFeatureManagement().Services.BuildServiceProvider();
        _flags.Add(flags);
        return flags.GetRequiredService<IVariantFeatureManager>();
    }

    /// <summary>The provider: who owns the claim, and what it says to an upload.</summary>
    private sealed class Provider(Func<HttpResponseMessage> ownership, Func<HttpResponseMessage> upload) : HttpMessageHandler
    {
        public int Uploads { get; private set; }

        public int OwnershipQuestions { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/ownership", StringComparison.Ordinal))
            {
                OwnershipQuestions++;
                return Task.FromResult(ownership());
            }
            Uploads++;
            return Task.FromResult(upload());
        }
    }

    /// <summary>document-workflow: registrations (kept) and idempotency keys, or unreachable.</summary>
    private sealed class Workflow(bool reachable) : HttpMessageHandler
    {
        public List<RegisterDocumentRequest> Registered { get; } = [];

        /// <summary>Every call's path, in order: the conversation one upload has with document-workflow.</summary>
        public List<string> Calls { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls.Add(request.RequestUri!.AbsolutePath);
            if (!reachable) throw new HttpRequestException("Connection refused");
            if (request.RequestUri!.AbsolutePath == WorkflowRoutes.Documents && request.Method == HttpMethod.Post)
            {
                var r = (await request.Content!.ReadFromJsonAsync(WorkflowJson.Default.RegisterDocumentRequest, cancellationToken))!;
                Registered.Add(r);
                var now = DateTimeOffset.UtcNow;
                return new HttpResponseMessage(HttpStatusCode.Created)
                {
                    Content = JsonContent.Create(new TrackedDocumentView(r.Id!.Value, r.ClaimId, r.ParticipantId, r.Provider, r.ProviderRequestId,
                        r.DocumentType, r.FileName, r.TrackedItemIds ?? [], r.UploadError is null ? DocumentStatuses.Submitted : DocumentStatuses.UploadFailed,
                        null, r.UploadError, now, now, null, []), WorkflowJson.Default.TrackedDocumentView),
                };
            }
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(new IdempotencyKeyReservation("reserved"), WorkflowJson.Default.IdempotencyKeyReservation) };
        }
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Owned() => Json(HttpStatusCode.OK, """{"known":true,"owned":true}""");

    private static HttpResponseMessage Accepted() => Json(HttpStatusCode.Created, """{"providerRequestId":"lh-4711"}""");

    private UploadServices Services(Provider provider, Workflow workflow, bool multiProvider)
    {
        var providers = StubServiceClients.ByAppId<IProviderApi>(provider, ProviderJson.Default, ProviderIds.ServiceAppId(ProviderIds.Lighthouse),
            ProviderIds.ServiceAppId(ProviderIds.Champva));
        var workflowApi = StubServiceClients.Over<IDocumentWorkflowApi>(workflow, WorkflowJson.Default);
        var outbox = TestOutboxes.In(_outboxDirectory);
        var calls = new ProviderCallMetrics(_telemetry);
        return new UploadServices(
            new UploadRouter(ProviderRegistry.Default, Flags(multiProvider), new ClaimOwnershipClient(providers, calls),
                _telemetry, NullLogger<UploadRouter>.Instance),
            new ProviderUploadClient(providers),
            new UploadScanner(Options.Create(new ScanningSettings()), _telemetry, NullLogger<UploadScanner>.Instance),
            new DocumentRegistrar(new WorkflowClient(workflowApi), outbox, TestOutboxes.Monitor(outbox), NullLogger<DocumentRegistrar>.Instance),
            new IdempotencyClient(workflowApi, NullLogger<IdempotencyClient>.Instance),
            TimeProvider.System,
            NullLogger<UploadServices>.Instance);
    }

    private static async Task<HttpContext> RequestAsync(string? idempotencyKey = null)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestPdfs.Plain()), "file", "statement.pdf" },
            { new StringContent("L023"), "document_type" },
        };
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AuthPolicies.ParticipantIdClaim, Participant)], "test")),
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        };
        context.Request.Method = "POST";
        context.Request.ContentType = form.Headers.ContentType!.ToString();
        context.Request.Body = new MemoryStream(await form.ReadAsByteArrayAsync());
        if (idempotencyKey is not null) context.Request.Headers[IdempotencyKeyHeader.Name] = idempotencyKey;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static async Task<(int Status, JsonElement Body)> ExecuteAsync(IResult result, HttpContext context)
    {
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonDocument.ParseAsync(context.Response.Body)).RootElement);
    }

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("code").GetString()!;

    private async Task<(int Status, JsonElement Body)> UploadAsync(Provider provider, Workflow workflow, string? key = null,
        bool multiProvider = false)
    {
        var context = await RequestAsync(key);
        return await ExecuteAsync(await BenefitsDocumentsApi.UploadAsync(Claim, context, Services(provider, workflow, multiProvider),
            CancellationToken.None), context);
    }

    private static HttpResponseMessage NotOwned() =>
        Json(HttpStatusCode.Forbidden, """{"code":"CLAIM_NOT_OWNED","detail":"The claim is not this participant's."}""");

    [Fact]
    public async Task An_accepted_upload_is_registered_once_with_the_providers_request_id()
    {
        var (provider, workflow) = (new Provider(Owned, Accepted), new Workflow(reachable: true));
        var (status, body) = await UploadAsync(provider, workflow);
        Assert.Equal(201, status);
        Assert.Equal("lh-4711", body.GetProperty("providerRequestId").GetString());
        Assert.Equal("lh-4711", Assert.Single(workflow.Registered).ProviderRequestId);
        Assert.Equal(1, provider.Uploads);
    }

    [Fact]
    public async Task A_keyed_accepted_upload_is_three_calls_reserve_upload_and_a_registration_that_settles_the_key()
    {
        var (provider, workflow) = (new Provider(Owned, Accepted), new Workflow(reachable: true));
        var (status, _) = await UploadAsync(provider, workflow, key: "retry-key-1");
        Assert.Equal(201, status);
        Assert.Equal([IdempotencyRoutes.Reservations, WorkflowRoutes.Documents], workflow.Calls);
        Assert.Equal((0, 1), (provider.OwnershipQuestions, provider.Uploads));
        Assert.Equal("retry-key-1", Assert.Single(workflow.Registered).IdempotencyKey);
    }

    [Fact]
    public async Task A_keyed_upload_the_provider_refuses_is_registered_with_its_key_so_registration_releases_it()
    {
        var (provider, workflow) = (new Provider(Owned, () => Json(HttpStatusCode.ServiceUnavailable,
            """{"code":"UPSTREAM_UNAVAILABLE","detail":"down","upstreamStatus":503}""")), new Workflow(reachable: true));
        var (status, _) = await UploadAsync(provider, workflow, key: "retry-key-1");
        Assert.Equal(503, status);
        Assert.Equal([IdempotencyRoutes.Reservations, WorkflowRoutes.Documents], workflow.Calls);
        var registered = Assert.Single(workflow.Registered);
        Assert.Equal(("retry-key-1", null), (registered.IdempotencyKey, registered.ProviderRequestId));
    }

    [Fact]
    public async Task Someone_elses_claim_refused_by_the_provider_is_403_nothing_recorded_and_the_key_released()
    {
        var (provider, workflow) = (new Provider(Owned, NotOwned), new Workflow(reachable: true));
        var (status, body) = await UploadAsync(provider, workflow, key: "retry-key-1");
        Assert.Equal((403, "FORBIDDEN"), (status, Code(body)));
        Assert.Empty(workflow.Registered);
        Assert.Equal([IdempotencyRoutes.Reservations, IdempotencyRoutes.Release], workflow.Calls);
    }

    [Fact]
    public async Task When_the_router_asked_a_provider_someone_elses_claim_is_403_before_anything_is_sent()
    {
        var (provider, workflow) = (new Provider(() => Json(HttpStatusCode.OK, """{"known":true,"owned":false}"""), Accepted), new Workflow(reachable: true));
        var (status, body) = await UploadAsync(provider, workflow, multiProvider: true);
        Assert.Equal((403, "FORBIDDEN"), (status, Code(body)));
        Assert.Equal((1, 0), (provider.OwnershipQuestions, provider.Uploads));
        Assert.Empty(workflow.Registered);
    }

    [Fact]
    public async Task An_ownership_question_that_fails_while_routing_is_503_and_nothing_is_sent_or_recorded()
    {
        var (provider, workflow) = (new Provider(() => Json(HttpStatusCode.ServiceUnavailable, """{"code":"UPSTREAM_UNAVAILABLE","detail":"down"}"""), Accepted),
            new Workflow(reachable: true));
        var (status, body) = await UploadAsync(provider, workflow, multiProvider: true);
        Assert.Equal((503, "UPSTREAM_UNAVAILABLE"), (status, Code(body)));
        Assert.Equal(0, provider.Uploads);
        Assert.Empty(workflow.Registered);
    }

    [Theory]
    [InlineData(HttpStatusCode.UnprocessableEntity, """{"code":"UPSTREAM_REJECTED","detail":"bad file","upstreamStatus":422}""", 422, "UPSTREAM_REJECTED")]
    [InlineData(HttpStatusCode.ServiceUnavailable, """{"code":"UPSTREAM_UNAVAILABLE","detail":"Lighthouse answered 503","upstreamStatus":503}""", 503, "UPSTREAM_UNAVAILABLE")]
    public async Task A_provider_that_refuses_or_fails_is_answered_and_recorded_as_upload_failed(HttpStatusCode answer, string json, int expected, string code)
    {
        var (provider, workflow) = (new Provider(Owned, () => Json(answer, json)), new Workflow(reachable: true));
        var (status, body) = await UploadAsync(provider, workflow);
        Assert.Equal((expected, code), (status, Code(body)));
        var registered = Assert.Single(workflow.Registered);
        Assert.Null(registered.ProviderRequestId);
        Assert.StartsWith(code, registered.UploadError);
    }

    [Fact]
    public async Task With_document_workflow_unreachable_an_accepted_upload_is_201_and_kept_in_the_outbox()
    {
        var (provider, workflow) = (new Provider(Owned, Accepted), new Workflow(reachable: false));
        var (status, body) = await UploadAsync(provider, workflow);
        Assert.Equal(201, status);
        Assert.Equal("submitted", body.GetProperty("status").GetString());
        var kept = Assert.Single(Directory.GetFiles(_outboxDirectory, "*.json"));
        Assert.Contains("lh-4711", await File.ReadAllTextAsync(kept));
    }

    [Fact]
    public async Task A_keyed_upload_whose_key_cannot_be_reserved_is_503_and_nothing_is_sent()
    {
        var (provider, workflow) = (new Provider(Owned, Accepted), new Workflow(reachable: false));
        var (status, body) = await UploadAsync(provider, workflow, key: "retry-key-1");
        Assert.Equal((503, "UPSTREAM_UNAVAILABLE"), (status, Code(body)));
        Assert.Equal(0, provider.Uploads);
        Assert.Empty(Directory.GetFiles(_outboxDirectory, "*.json"));
    }
}
