namespace DocumentUploads.LighthouseSim.Uploads;

/// <summary><c>{"data":{...}}</c>, the JSON of the <c>parameters</c> part.</summary>
public sealed record UploadParameters(UploadParametersData? Data);
