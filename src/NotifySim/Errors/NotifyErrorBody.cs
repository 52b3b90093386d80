using System.Text.Json.Serialization;

namespace DocumentUploads.NotifySim.Errors;

/// <summary><c>{"status_code":400,"errors":[{"error":"ValidationError","message":"..."}]}</c>, the
/// body of every error answer (VA Notify keeps GOV.UK Notify's shape).</summary>
public sealed record NotifyErrorBody(
    [property: JsonPropertyName("status_code")] int StatusCode,
    [property: JsonPropertyName("errors")] IReadOnlyList<NotifyError> Errors);
