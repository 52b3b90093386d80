using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace DocumentUploads.UploadApi.Api;

/// <summary>The opaque <c>cursor</c> of the claim's document list: where the next (older) page starts. Opaque so
/// clients pass it back rather than build it; versioned so its meaning can change without breaking old links.</summary>
public static class DocumentListCursor
{
    private const string Prefix = "d1.";

    public static string Encode(long before) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + before.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out long before)
    {
        before = 0;
        if (cursor.Length is 0 or > 64) return false;
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                   && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out before)
                   && before > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
