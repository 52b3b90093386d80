namespace DocumentUploads.UploadApi.Validation;

/// <summary>An upload that passed every rule: what to tell the provider, and the content to send (the
/// original file, or the unlocked copy of a locked PDF). Dispose it when the request is done, so an
/// unlocked copy does not outlive it.</summary>
public sealed class ValidatedUpload(string claimId, string participantId, CheckedUploadFields fields, IUploadContent content)
    : IAsyncDisposable
{
    public string ClaimId { get; } = claimId;

    public string ParticipantId { get; } = participantId;

    public string DocumentType => fields.DocumentType;

    /// <summary>The sanitized name (only its last dot kept), which is what the provider gets.</summary>
    public string FileName => fields.FileName;

    public IReadOnlyList<long> TrackedItemIds => fields.TrackedItemIds;

    public FileKind Kind => fields.Kind;

    public bool WasUnlocked => content is UnlockedPdfFile;

    public Task<Stream> OpenContentAsync(CancellationToken cancellationToken) => content.OpenAsync(cancellationToken);

    public ValueTask DisposeAsync() => content.DisposeAsync();
}
