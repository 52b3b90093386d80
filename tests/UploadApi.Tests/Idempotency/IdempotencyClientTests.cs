using System.Net;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults.Resilience;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Idempotency;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.UploadApi.Tests.Idempotency;

/// <summary>What the client sends to document-workflow and how it reads the answers, over a stub handler.</summary>
public sealed class IdempotencyClientTests
{
    private static readonly string Fingerprint = new('a', 64);

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<(HttpRequestMessage Request, string Body)> Received { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Received.Add((request, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return answer(request);
        }
    }

    private static (IdempotencyClient Client, StubHandler Handler) Create(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        var handler = new StubHandler(answer);
        return (new IdempotencyClient(StubServiceClients.Over<IDocumentWorkflowApi>(handler, WorkflowJson.Default), NullLogger<IdempotencyClient>.Instance), handler);
    }

    [Fact]
    public async Task Begin_posts_an_attempt_that_may_be_sent_again_and_maps_the_answer()
    {
        var documentId = Guid.CreateVersion7();
        var (client, handler) = Create(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = JsonContent.Create(new IdempotencyKeyReservation(IdempotencyKeyOutcomes.Reserved)),
        });

        var check = await client.BeginAsync("p1", "key/1", Fingerprint, documentId, CancellationToken.None);

        Assert.Equal(IdempotencyCheck.Proceed, check);
        var (request, body) = Assert.Single(handler.Received);
        Assert.Equal((HttpMethod.Post, "/idempotency-keys"), (request.Method, request.RequestUri!.AbsolutePath));
        Assert.True(HttpResilienceSettings.MaySendAgain(request));
        Assert.Equal(new IdempotencyKeyReservationRequest("p1", "key/1", Fingerprint, documentId),
            System.Text.Json.JsonSerializer.Deserialize<IdempotencyKeyReservationRequest>(body, System.Text.Json.JsonSerializerOptions.Web));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task Begin_fails_closed_when_document_workflow_does_not_answer_normally(HttpStatusCode status)
    {
        var (client, _) = Create(_ => new HttpResponseMessage(status));

        Assert.Equal(IdempotencyCheck.Unavailable, await client.BeginAsync("p1", "k", Fingerprint, Guid.CreateVersion7(), CancellationToken.None));
    }

    [Fact]
    public async Task Begin_fails_closed_when_document_workflow_cannot_be_reached()
    {
        var (client, _) = Create(_ => throw new HttpRequestException("connection refused"));

        Assert.Equal(IdempotencyCheck.Unavailable, await client.BeginAsync("p1", "k", Fingerprint, Guid.CreateVersion7(), CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.NoContent, true)]
    [InlineData(HttpStatusCode.Conflict, false)]
    public async Task Release_posts_the_attempt_and_reports_whether_it_was_recorded(HttpStatusCode answer, bool recorded)
    {
        var documentId = Guid.CreateVersion7();
        var (client, handler) = Create(_ => new HttpResponseMessage(answer));

        Assert.Equal(recorded, await client.ReleaseAsync("p1", "k", documentId));

        Assert.Equal(["/idempotency-keys/release"], handler.Received.Select(r => r.Request.RequestUri!.AbsolutePath));
        Assert.All(handler.Received, r => Assert.True(HttpResilienceSettings.MaySendAgain(r.Request)));
        Assert.Equal(new IdempotencyKeyAttempt("p1", "k", documentId),
            System.Text.Json.JsonSerializer.Deserialize<IdempotencyKeyAttempt>(handler.Received[0].Body, System.Text.Json.JsonSerializerOptions.Web));
    }

    [Fact]
    public async Task Release_does_not_throw_when_document_workflow_cannot_be_reached()
    {
        var (client, _) = Create(_ => throw new HttpRequestException("connection refused"));

        Assert.False(await client.ReleaseAsync("p1", "k", Guid.CreateVersion7()));
    }
}
