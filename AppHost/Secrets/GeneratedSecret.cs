namespace DocumentUploads.AppHost.Secrets;

/// <summary>The secrets the AppHost makes up fresh for every run, so no key is ever committed
/// or shared between developers' machines.</summary>
public enum GeneratedSecret
{
    /// <summary>HMAC key for the public API's user tokens (<c>Auth:SigningKey</c>).</summary>
    AuthSigningKey,

    /// <summary>HMAC key for service-to-service tokens (<c>ServiceAuth:SigningKey</c>).</summary>
    ServiceAuthSigningKey,

    /// <summary>RSA private key (PEM) the Lighthouse provider signs its OAuth client assertion with.</summary>
    LighthouseClientPrivateKey,

    /// <summary>The matching RSA public key (PEM) the Lighthouse simulator verifies the assertion with.</summary>
    LighthouseClientPublicKey,
}
