namespace DocumentUploads.LighthouseSim.Uploads;

public sealed record UploadResponseData(bool Success, long RequestId);
