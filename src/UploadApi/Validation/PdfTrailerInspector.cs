using System.Buffers.Text;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>Reads a PDF's structure from its last few KB instead of the whole file, so a 150 MB PDF costs
/// ~20 KB of memory to check. A PDF ends with <c>startxref N %%EOF</c>, where N is the offset of its
/// newest cross-reference section: a classic <c>xref</c> table (followed by the <c>trailer</c> dictionary,
/// which is in the tail) or a cross-reference stream object whose dictionary is the trailer. The trailer
/// has <c>/Encrypt</c> exactly when the file is encrypted. Pure: the caller reads the tail and the few KB
/// at N.</summary>
public static class PdfTrailerInspector
{
    /// <summary>How much of the end of the file to read: <c>%%EOF</c> must be near the end, and some
    /// writers pad after it.</summary>
    public const int TailLength = 16 * 1024;

    /// <summary>How much to read at the cross-reference offset: enough for a cross-reference stream's
    /// dictionary.</summary>
    public const int XrefWindowLength = 4 * 1024;

    /// <summary>The offset named by the last <c>startxref</c> before the last <c>%%EOF</c>, or null when
    /// the file does not end like a PDF or names an offset outside itself.</summary>
    public static long? FindXrefOffset(ReadOnlySpan<byte> tail, long fileLength)
    {
        var eof = tail.LastIndexOf("%%EOF"u8);
        if (eof < 0) return null;
        var startXref = tail[..eof].LastIndexOf("startxref"u8);
        if (startXref < 0) return null;

        var number = TrimWhitespace(tail[(startXref + "startxref".Length)..eof]);
        if (number.Length == 0 || number.ContainsAnyExceptInRange((byte)'0', (byte)'9')) return null;
        if (!Utf8Parser.TryParse(number, out long offset, out var consumed) || consumed != number.Length) return null;
        return offset > 0 && offset < fileLength ? offset : null;
    }

    /// <summary>Whether the newest cross-reference section (<paramref name="xrefWindow"/>, read at the offset
    /// <see cref="FindXrefOffset"/> gave) is really one, and whether its trailer asks for decryption.</summary>
    public static PdfStructure Inspect(ReadOnlySpan<byte> tail, ReadOnlySpan<byte> xrefWindow)
    {
        var section = TrimLeadingWhitespace(xrefWindow);
        if (section.StartsWith("xref"u8)) return InspectTrailer(ClassicTrailer(tail));
        if (StartsWithObjectHeader(section, out var afterHeader))
        {
            var dictionary = section[afterHeader..];
            var streamKeyword = dictionary.IndexOf("stream"u8);
            if (streamKeyword >= 0) dictionary = dictionary[..streamKeyword];
            return HasName(dictionary, "/XRef"u8) ? InspectTrailer(dictionary) : PdfStructure.Malformed;
        }
        return PdfStructure.Malformed;
    }

    private static ReadOnlySpan<byte> ClassicTrailer(ReadOnlySpan<byte> tail)
    {
        var end = tail.LastIndexOf("startxref"u8);
        if (end < 0) return [];
        var start = tail[..end].LastIndexOf("trailer"u8);
        return start < 0 ? [] : tail[start..end];
    }

    // Every trailer names the document's root; without one the section is not a trailer at all.
    private static PdfStructure InspectTrailer(ReadOnlySpan<byte> trailer)
    {
        if (!HasName(trailer, "/Root"u8)) return PdfStructure.Malformed;
        return HasName(trailer, "/Encrypt"u8) ? PdfStructure.Encrypted : PdfStructure.Unencrypted;
    }

    /// <summary>Whether <paramref name="name"/> occurs as a whole PDF name (so "/Encrypt" does not match
    /// "/EncryptMetadata").</summary>
    private static bool HasName(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> name)
    {
        var rest = bytes;
        while (rest.IndexOf(name) is var at and >= 0)
        {
            var next = at + name.Length;
            if (next == rest.Length || IsWhitespace(rest[next]) || IsDelimiter(rest[next])) return true;
            rest = rest[next..];
        }
        return false;
    }

    /// <summary>"N G obj": an object number, a generation number and the keyword.</summary>
    private static bool StartsWithObjectHeader(ReadOnlySpan<byte> bytes, out int afterHeader)
    {
        afterHeader = 0;
        var position = 0;
        for (var part = 0; part < 2; part++)
        {
            var digits = CountDigits(bytes[position..]);
            if (digits == 0) return false;
            position += digits;
            var spaces = CountWhitespace(bytes[position..]);
            if (spaces == 0) return false;
            position += spaces;
        }
        if (!bytes[position..].StartsWith("obj"u8)) return false;
        afterHeader = position + "obj".Length;
        return true;
    }

    private static int CountDigits(ReadOnlySpan<byte> bytes)
    {
        var count = bytes.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        return count < 0 ? bytes.Length : count;
    }

    private static int CountWhitespace(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        while (count < bytes.Length && IsWhitespace(bytes[count])) count++;
        return count;
    }

    private static ReadOnlySpan<byte> TrimLeadingWhitespace(ReadOnlySpan<byte> bytes) => bytes[CountWhitespace(bytes)..];

    private static ReadOnlySpan<byte> TrimWhitespace(ReadOnlySpan<byte> bytes)
    {
        var trimmed = TrimLeadingWhitespace(bytes);
        var end = trimmed.Length;
        while (end > 0 && IsWhitespace(trimmed[end - 1])) end--;
        return trimmed[..end];
    }

    // PDF whitespace: NUL, tab, line feed, form feed, carriage return, space.
    private static bool IsWhitespace(byte b) => b is 0x00 or 0x09 or 0x0A or 0x0C or 0x0D or 0x20;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'['
        or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
