namespace DocumentUploads.UploadApi.Uploads;

public static class UploadLimits
{
    /// <summary>Lighthouse's ceiling for a PDF; the request may carry a little form overhead on top.</summary>
    public const long MaxFileBytes = 150L * 1024 * 1024;

    public const long MaxRequestBytes = MaxFileBytes + 1024 * 1024;

    public const int MaxFileNameLength = 255;
}
