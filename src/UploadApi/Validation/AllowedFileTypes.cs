namespace DocumentUploads.UploadApi.Validation;

/// <summary>The extensions Lighthouse accepts (shared/reference/lighthouse.md), compared case-insensitively,
/// and the name a veteran knows each kind by.</summary>
public static class AllowedFileTypes
{
    private static readonly Dictionary<string, FileKind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = FileKind.Pdf,
        ["gif"] = FileKind.Gif,
        ["png"] = FileKind.Png,
        ["tiff"] = FileKind.Tiff,
        ["tif"] = FileKind.Tiff,
        ["jpeg"] = FileKind.Jpeg,
        ["jpg"] = FileKind.Jpeg,
        ["bmp"] = FileKind.Bmp,
        ["txt"] = FileKind.Text,
    };

    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    /// <summary>The kind an extension (without its dot) names, or null when the extension is not accepted.</summary>
    public static FileKind? KindOf(string extension) => ByExtension.TryGetValue(extension, out var kind) ? kind : null;

    public static string DisplayName(FileKind kind) => kind switch
    {
        FileKind.Pdf => "PDF",
        FileKind.Gif => "GIF image",
        FileKind.Png => "PNG image",
        FileKind.Tiff => "TIFF image",
        FileKind.Jpeg => "JPEG image",
        FileKind.Bmp => "BMP image",
        FileKind.Text => "plain text file",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
