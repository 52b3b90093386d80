using System.Text;


namespace DocumentUploads.UploadApi.Validation;

/// <summary>Markers of a web page in a text file: a browser that sniffs it, or a system that renders it, would
/// run it as HTML. Matched case-insensitively anywhere in the (ASCII) file.</summary>
public static class HtmlInText
{
    private static readonly byte[][] Markers = new[]
    {
        "<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<object", "<embed", "<svg", "<meta",
        "<link", "<form", "<style", "javascript:",
    }.Select(Encoding.ASCII.GetBytes).ToArray();

    /// <summary>The longest marker; a streamed scan keeps this many bytes from one slice to the next.</summary>
    public static readonly int Overlap = Markers.Max(m => m.Length);

    /// <summary>Allocates nothing: every marker starts with '&lt;' or 'j', so only those positions are compared.</summary>
    public static bool ContainsMarker(ReadOnlySpan<byte> text)
    {
        for (var start = 0; start < text.Length;)
        {
            var at = text[start..].IndexOfAny((byte)'<', (byte)'j', (byte)'J');
            if (at < 0) return false;
            var candidate = text[(start + at)..];
            foreach (var marker in Markers)
            {
                if (candidate.Length >= marker.Length && Ascii.EqualsIgnoreCase(candidate[..marker.Length], marker)) return true;
            }
            start += at + 1;
        }
        return false;
    }
}
