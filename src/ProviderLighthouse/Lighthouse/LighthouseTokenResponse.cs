namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseTokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);
