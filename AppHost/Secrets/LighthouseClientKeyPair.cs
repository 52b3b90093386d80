using System.Security.Cryptography;

namespace DocumentUploads.AppHost.Secrets;

/// <summary>The RSA pair the Lighthouse provider signs its OAuth client assertion with (private
/// half) and the simulator verifies it with (public half). Never printed.</summary>
internal sealed class LighthouseClientKeyPair
{
    private LighthouseClientKeyPair(string privateKeyPem, string publicKeyPem)
    {
        PrivateKeyPem = privateKeyPem;
        PublicKeyPem = publicKeyPem;
    }

    public string PrivateKeyPem { get; }

    public string PublicKeyPem { get; }

    public static LighthouseClientKeyPair Create()
    {
        using var rsa = RSA.Create(2048);
        return new LighthouseClientKeyPair(rsa.ExportPkcs8PrivateKeyPem(), rsa.ExportSubjectPublicKeyInfoPem());
    }

    public override string ToString() => "LighthouseClientKeyPair(values hidden)";
}
