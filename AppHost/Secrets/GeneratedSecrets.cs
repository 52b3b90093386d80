using System.Security.Cryptography;

namespace DocumentUploads.AppHost.Secrets;

/// <summary>One run's secret values. Never printed: <see cref="ToString"/> hides them so a stray
/// log line or test failure message cannot leak a key.</summary>
public sealed class GeneratedSecrets
{
    private readonly IReadOnlyDictionary<GeneratedSecret, string> _values;

    public GeneratedSecrets(IReadOnlyDictionary<GeneratedSecret, string> values)
    {
        foreach (var secret in Enum.GetValues<GeneratedSecret>())
        {
            if (!values.ContainsKey(secret)) throw new ArgumentException($"No value for {secret}.", nameof(values));
        }
        _values = values;
    }

    public string this[GeneratedSecret secret] => _values[secret];

    /// <summary>48 random bytes (base64) per HMAC key; a fresh RSA-2048 pair for the Lighthouse client.</summary>
    public static GeneratedSecrets CreateRandom()
    {
        using var rsa = RSA.Create(2048);
        return new GeneratedSecrets(new Dictionary<GeneratedSecret, string>
        {
            [GeneratedSecret.AuthSigningKey] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            [GeneratedSecret.ServiceAuthSigningKey] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            [GeneratedSecret.LighthouseClientPrivateKey] = rsa.ExportPkcs8PrivateKeyPem(),
            [GeneratedSecret.LighthouseClientPublicKey] = rsa.ExportSubjectPublicKeyInfoPem(),
        });
    }

    public override string ToString() => "GeneratedSecrets(values hidden)";
}
