using System.Text.Json.Serialization;

namespace DocumentUploads.NotifySim.Errors;

/// <summary>One entry of <see cref="NotifyErrorBody.Errors"/>: the error class and what was wrong.</summary>
public sealed record NotifyError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("message")] string Message);
