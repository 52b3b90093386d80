namespace DocumentUploads.LighthouseSim.Uploads;

/// <summary>What the multipart body held: the parameters JSON and the size of the file part
/// (null when there was no file part). The file's bytes were counted, not kept.</summary>
public sealed record UploadForm(string? ParametersJson, long? FileBytes, bool FileTooLarge);
