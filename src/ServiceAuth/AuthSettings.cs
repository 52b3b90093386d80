namespace DocumentUploads.ServiceAuth;

/// <summary>One JWT audience: the public API's user tokens (<c>Auth</c>) or the internal
/// service token (<c>ServiceAuth</c>).</summary>
public sealed class TokenSettings
{
    public string Issuer { get; set; } = "document-uploads";
    public string Audience { get; set; } = "";

    /// <summary>HMAC-SHA256 key, at least 32 bytes. Never logged. Required outside Development.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(30);
}
