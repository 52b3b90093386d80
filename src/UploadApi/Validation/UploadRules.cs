using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>Every rule that needs no file content, in the order a veteran would fix them: the file, its
/// name and type, its size, then the other fields. Cheap rules run first so an oversized or unwanted file
/// is refused before a byte of it is read.</summary>
public static class UploadRules
{
    public static RuleOutcome<CheckedUploadFields> Check(UploadFields fields)
    {
        if (fields.FileLength is not { } length) return UploadRejections.FileMissing;
        if (length == 0) return UploadRejections.FileEmpty;

        var name = FileNameRules.Check(fields.FileName);
        if (name.Rejection is not null) return name.Rejection;
        if (AllowedFileTypes.KindOf(name.Value!.Extension) is not { } kind) return UploadRejections.FileTypeNotAllowed;
        if (FileSizeRules.Check(kind, length) is { } tooLarge) return tooLarge;

        var documentType = fields.DocumentType?.Trim() ?? "";
        if (!DocumentTypes.All.ContainsKey(documentType)) return UploadRejections.InvalidDocumentType;

        var trackedItemIds = TrackedItemIdsRules.Check(fields.TrackedItemIds);
        if (trackedItemIds.Rejection is not null) return trackedItemIds.Rejection;

        return RuleOutcome<CheckedUploadFields>.Pass(
            new CheckedUploadFields(name.Value.Name, kind, length, documentType, trackedItemIds.Value!));
    }
}
