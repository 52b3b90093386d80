namespace DocumentUploads.LighthouseSim.Statuses;

/// <summary>Epoch milliseconds; <see cref="EndTime"/> stays null while the document is moving.</summary>
public sealed record StatusTime(long StartTime, long? EndTime);
