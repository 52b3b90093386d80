using DocumentUploads.AppHost.Secrets;

namespace DocumentUploads.AppHost.Publishing;

/// <summary>How each generated secret appears in the manifest: a parameter.v0 a deployment tool
/// fills in (generating the HMAC keys itself), referenced from env as <c>{name.value}</c>.</summary>
internal static class SecretParameters
{
    public static string NameOf(GeneratedSecret secret) => secret switch
    {
        GeneratedSecret.AuthSigningKey => "auth-signing-key",
        GeneratedSecret.ServiceAuthSigningKey => "service-auth-signing-key",
        GeneratedSecret.LighthouseClientPrivateKey => "lighthouse-client-private-key",
        GeneratedSecret.LighthouseClientPublicKey => "lighthouse-client-public-key",
        _ => throw new ArgumentOutOfRangeException(nameof(secret), secret, null),
    };

    /// <summary>The public half of the key pair is not secret, only paired.</summary>
    public static bool IsSecret(GeneratedSecret secret) => secret != GeneratedSecret.LighthouseClientPublicKey;

    /// <summary>A random string is a fine HMAC key; an RSA pair cannot be generated that way, so a
    /// deployment supplies both halves.</summary>
    public static int? GeneratedMinLength(GeneratedSecret secret) =>
        secret is GeneratedSecret.AuthSigningKey or GeneratedSecret.ServiceAuthSigningKey ? 64 : null;
}
