namespace DocumentUploads.LighthouseSim.Statuses;

/// <summary><c>{"data":{"statuses":[...],"requestIdsNotFound":[...]}}</c></summary>
public sealed record StatusResponse(StatusData Data);
