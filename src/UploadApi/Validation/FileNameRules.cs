using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>Which file names we accept and the name we send on. A name is the file's own name only:
/// anything that could be read as a path (a folder, <c>..</c>, a drive) is refused rather than trimmed,
/// so what the veteran sees in their list is exactly what they chose. Like the current system, a name
/// keeps only its last dot: "scan.2024.pdf" is sent as "scan2024.pdf" and its extension is "pdf".</summary>
public static class FileNameRules
{
    public static RuleOutcome<SanitizedFileName> Check(string? fileName)
    {
        var name = fileName?.Trim() ?? "";
        if (name.Length == 0) return UploadRejections.FileNameMissing;
        if (name.Length > UploadLimits.MaxFileNameLength) return UploadRejections.FileNameTooLong;
        if (HasPathParts(name)) return UploadRejections.FileNameHasPathParts;

        var lastDot = name.LastIndexOf('.');
        if (lastDot < 0) return RuleOutcome<SanitizedFileName>.Pass(new SanitizedFileName(name, ""));

        var stem = name[..lastDot].Replace(".", "", StringComparison.Ordinal).Trim();
        if (stem.Length == 0) return UploadRejections.FileNameMissing;
        var extension = name[(lastDot + 1)..];
        return RuleOutcome<SanitizedFileName>.Pass(new SanitizedFileName($"{stem}.{extension}", extension));
    }

    private static bool HasPathParts(string name) =>
        name.Contains('/') || name.Contains('\\') || name.Contains("..", StringComparison.Ordinal)
        || HasDriveLetter(name) || name.Any(IsControlCharacter);

    private static bool HasDriveLetter(string name) => name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':';

    // Bidirectional overrides count as control characters: "report\u202Efdp.exe" displays as "reportexe.pdf".
    private static bool IsControlCharacter(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
