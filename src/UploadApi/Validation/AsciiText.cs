namespace DocumentUploads.UploadApi.Validation;

/// <summary>What Lighthouse accepts as text: every byte a tab, line feed, carriage return or printable
/// ASCII character (0x20–0x7E).</summary>
public static class AsciiText
{
    public static bool IsAllowed(byte b) => b is 0x09 or 0x0A or 0x0D or >= 0x20 and <= 0x7E;

    /// <summary>The index of the first byte that is not allowed, or -1 when all are.</summary>
    public static int IndexOfNonAscii(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!IsAllowed(bytes[i])) return i;
        }
        return -1;
    }
}
