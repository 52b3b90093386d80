namespace DocumentUploads.LighthouseSim.Statuses;

public sealed record StatusError(string Detail, string Step);
