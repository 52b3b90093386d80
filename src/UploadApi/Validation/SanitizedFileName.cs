namespace DocumentUploads.UploadApi.Validation;

/// <summary>A file name that passed <see cref="FileNameRules"/>: the name to send on, and its extension
/// (what followed the last dot, empty when there was no dot).</summary>
public sealed record SanitizedFileName(string Name, string Extension);
