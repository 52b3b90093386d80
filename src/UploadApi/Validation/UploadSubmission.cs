namespace DocumentUploads.UploadApi.Validation;

/// <summary>One upload as it arrived: the claim and veteran it is for, the form fields and a way to read
/// the file. A class rather than a record so the password can never appear in a generated ToString.</summary>
public sealed class UploadSubmission
{
    public required string ClaimId { get; init; }

    public required string ParticipantId { get; init; }

    public string? FileName { get; init; }

    /// <summary>Null when the form had no file.</summary>
    public long? FileLength { get; init; }

    /// <summary>Opens a new, seekable stream over the file each time it is called.</summary>
    public Func<Stream>? OpenFile { get; init; }

    public string? DocumentType { get; init; }

    public string? TrackedItemIds { get; init; }

    /// <summary>The veteran's PDF password: used to unlock the file here, then dropped. Never logged,
    /// stored, put in a message or forwarded.</summary>
    public string? Password { get; init; }

    public UploadFields Fields => new(FileName, OpenFile is null ? null : FileLength, DocumentType, TrackedItemIds);
}
