namespace DocumentUploads.UploadApi.Validation;

/// <summary>Where unlocked PDFs are written, and up to what size an unencrypted PDF is also fully parsed.</summary>
public sealed record UploadValidatorOptions
{
    public string UnlockedFileDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "upload-api-unlocked");

    /// <summary>Parsing reads the whole document into memory; above this an unencrypted PDF is judged by
    /// its header and trailer alone, so memory stays a few KB whatever the file's size.</summary>
    public long FullParseMaxBytes { get; init; } = 4 * FileSizeRules.Megabyte;

    /// <summary>A PDF's Flate streams may inflate to this many bytes in all, or <see cref="InflatedRatio"/> times
    /// the file, whichever is more: a blank scanned page inflates some hundred times, a bomb far more.</summary>
    public long InflatedFloorBytes { get; init; } = 512 * FileSizeRules.Megabyte;

    public int InflatedRatio { get; init; } = 100;
}
