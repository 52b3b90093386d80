namespace DocumentUploads.SimulatorKit.Uploads;

/// <summary>What a multipart upload held: the text of its JSON part and the size of its file part
/// (either null when the part was missing; the file's bytes were counted, not kept). When the body
/// could not be read at all, <see cref="Problem"/> says why, worded for a 400 answer.</summary>
public sealed record MultipartUpload(string? JsonText, long? FileBytes, bool FileTooLarge, string? Problem = null)
{
    public static MultipartUpload TooLarge() => new(null, null, FileTooLarge: true);

    public static MultipartUpload Unreadable(string problem) => new(null, null, FileTooLarge: false, problem);
}
