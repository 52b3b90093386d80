namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>PUT /ops/api/documents/{id}/keep (and the document page's form): keep the document from retention
/// (with a reason) or let retention have it again.</summary>
public sealed record KeepRequest(bool? Keep, string? Reason)
{
    public const int MaxReasonLength = 500;

    /// <summary>The refusal of a request that must change nothing: a code and a sentence; null when it is valid.</summary>
    public (string Code, string Detail)? Problem() => this switch
    {
        { Keep: null } => ("KEEP_REQUIRED", "keep must be true (keep the document) or false (let retention delete it)."),
        { Keep: true, Reason: var r } when string.IsNullOrWhiteSpace(r) =>
            ("KEEP_REASON_REQUIRED", "Say why the document is kept (reason), so the next operator knows."),
        { Reason.Length: > MaxReasonLength } => ("KEEP_REASON_TOO_LONG", $"reason must be at most {MaxReasonLength} characters."),
        _ => null,
    };
}
