using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>Puts documents into a real store the way the service does: registered, then moved by poll results.</summary>
internal sealed class OpsSeed(IDocumentStore store)
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task<TrackedDocument> RegisterAsync(DateTimeOffset at, string provider = "lighthouse", string documentType = "L023",
        string? form526Kind = null, string? submissionId = null)
    {
        var document = new NewDocument(Guid.CreateVersion7(), provider, Guid.NewGuid().ToString("N"), "600000001", "p1", documentType,
            "statement.pdf", [], form526Kind is null ? null : submissionId ?? "s-1", form526Kind);
        return (await store.RegisterAsync(document, DocumentStateMachine.Register(at), None)).Document;
    }

    public async Task<TrackedDocument> RegisterUploadFailureAsync(DateTimeOffset at, string error)
    {
        var document = new NewDocument(Guid.CreateVersion7(), "lighthouse", null, "600000001", "p1", "L023", "statement.pdf", []);
        return (await store.RegisterAsync(document, DocumentStateMachine.RegisterUploadFailure(error, at), None)).Document;
    }

    /// <summary>Applies one transition as a poll page would, and returns the document as stored after it.</summary>
    public async Task<TrackedDocument> MoveAsync(TrackedDocument document, DocumentState to, string? step, TransitionKind kind,
        DateTimeOffset at, string? detail = null)
    {
        var transition = new Transition(document.State, document.Step, to, step, detail, to.ToString().ToUpperInvariant(), kind, at);
        var result = await store.ApplyPollResultsAsync([new DocumentChange(document.Seq, document.Version, transition)], [document.Seq],
            at, None);
        Assert.Equal(0, result.Conflicts);
        return (await store.GetAsync(document.Id, None))!;
    }
}
