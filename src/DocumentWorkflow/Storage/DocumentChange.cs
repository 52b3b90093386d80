using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>A transition to apply to one document, valid only if the document is still at
/// <see cref="ExpectedVersion"/>.</summary>
public sealed record DocumentChange(long Seq, long ExpectedVersion, Transition Transition);
