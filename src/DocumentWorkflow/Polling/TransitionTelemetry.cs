using System.Diagnostics;
using System.Diagnostics.Metrics;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.Telemetry;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>One structured log event and one counter increment per applied transition, tagged
/// with that document's own provider and type (never a batch's first document, never a
/// difference of table counts).</summary>
public sealed partial class TransitionTelemetry
{
    private readonly ILogger<TransitionTelemetry> _logger;
    private readonly Counter<long> _transitions;

    public TransitionTelemetry(ServiceTelemetry telemetry, ILogger<TransitionTelemetry> logger)
    {
        _logger = logger;
        _transitions = telemetry.Meter.CreateCounter<long>("documentuploads.document.transitions", "{transition}",
            "Document state transitions, counted per document.");
    }

    public void Record(Guid documentId, string provider, string documentType, Transition t)
    {
        var from = t.From?.ToStatus() ?? "none";
        var to = t.To.ToStatus();
        var kind = TransitionKinds.ToName(t.Kind);
        _transitions.Add(1, new TagList
        {
            { "provider", provider },
            { "document_type", documentType },
            { "kind", kind },
            { "from", from },
            { "to", to },
            { "step", t.Step ?? "none" },
        });
        if (t.Kind is TransitionKind.Failed or TransitionKind.UploadFailed or TransitionKind.NotFound or TransitionKind.TimedOut)
        {
            LogProblem(documentId, provider, documentType, kind, from, to, t.Step, t.ProviderStatus, t.Detail);
        }
        else
        {
            LogTransition(documentId, provider, documentType, kind, from, to, t.Step, t.ProviderStatus);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Document {DocumentId} ({Provider}, {DocumentType}) {Kind}: {From} -> {To} step {Step} (provider status {ProviderStatus})")]
    private partial void LogTransition(Guid documentId, string provider, string documentType, string kind, string from,
        string to, string? step, string? providerStatus);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Document {DocumentId} ({Provider}, {DocumentType}) {Kind}: {From} -> {To} step {Step} (provider status {ProviderStatus}): {Detail}")]
    private partial void LogProblem(Guid documentId, string provider, string documentType, string kind, string from,
        string to, string? step, string? providerStatus, string? detail);
}
