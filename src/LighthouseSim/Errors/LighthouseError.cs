namespace DocumentUploads.LighthouseSim.Errors;

/// <summary>One entry of Lighthouse's error body; <see cref="Status"/> is the HTTP status as a string.</summary>
public sealed record LighthouseError(string Title, string Detail, string Code, string Status);
