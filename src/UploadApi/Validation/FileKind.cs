namespace DocumentUploads.UploadApi.Validation;

/// <summary>The kinds of file Lighthouse accepts; several extensions can name one kind (jpg/jpeg, tif/tiff).</summary>
public enum FileKind
{
    Pdf,
    Gif,
    Png,
    Tiff,
    Jpeg,
    Bmp,
    Text,
}
