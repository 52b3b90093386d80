namespace DocumentUploads.Contracts.Workflow;

/// <summary>What an idempotency key and a request fingerprint look like; checked by upload-api on the
/// header and by document-workflow on its routes.</summary>
public static class IdempotencyKeyFormat
{
    public const int MaxKeyLength = 255;

    /// <summary>Hex of a SHA-256 digest.</summary>
    public const int FingerprintLength = 64;

    /// <summary>1 to 255 printable ASCII characters (0x20–0x7E).</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is >= ' ' and <= '~');

    /// <summary>64 lowercase hex digits, so equal digests always compare equal as text.</summary>
    public static bool IsValidFingerprint(string? fingerprint) =>
        fingerprint is { Length: FingerprintLength } && fingerprint.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
