namespace DocumentUploads.LighthouseSim.Statuses;

public sealed record StatusStep(string Name, string? NextStepName, string Description, string Status);
