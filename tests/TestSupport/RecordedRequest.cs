namespace DocumentUploads.TestSupport;

/// <summary>One request a <see cref="RecordingListener"/> got: its body and its URL's query string.</summary>
public sealed record RecordedRequest(string Body, string? Query);
