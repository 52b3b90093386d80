using DocumentUploads.DocumentWorkflow.Idempotency;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Api;

/// <summary>What the document handlers need, injected as one [AsParameters] record.</summary>
public sealed record DocumentServices(IDocumentStore Store, TransitionTelemetry Transitions, TimeProvider Time,
    IIdempotencyStore IdempotencyKeys, INoticeStore Notices, OnDemandRefresher Refresher, ILogger<DocumentServices> Logger);
