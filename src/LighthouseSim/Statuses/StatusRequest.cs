namespace DocumentUploads.LighthouseSim.Statuses;

/// <summary><c>{"data":{"requestIds":[...]}}</c></summary>
public sealed record StatusRequest(StatusRequestData? Data);
