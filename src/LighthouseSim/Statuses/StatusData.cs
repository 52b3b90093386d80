namespace DocumentUploads.LighthouseSim.Statuses;

public sealed record StatusData(IReadOnlyList<DocumentStatus> Statuses, IReadOnlyList<long> RequestIdsNotFound);
