namespace DocumentUploads.LighthouseSim.Uploads;

/// <summary><c>{"data":{"success":true,"requestId":...}}</c></summary>
public sealed record UploadResponse(UploadResponseData Data);
