using System.Security.Cryptography;
using System.Text;
using DocumentUploads.AppHost.Secrets;

namespace DocumentUploads.AppHost.Tests.Secrets;

public sealed class GeneratedSecretsTests
{
    private static readonly GeneratedSecrets Secrets = GeneratedSecrets.CreateRandom();

    [Fact]
    public void Signing_keys_are_48_random_bytes_in_base64_and_differ()
    {
        Assert.Equal(48, Convert.FromBase64String(Secrets[GeneratedSecret.AuthSigningKey]).Length);
        Assert.Equal(48, Convert.FromBase64String(Secrets[GeneratedSecret.ServiceAuthSigningKey]).Length);
        Assert.NotEqual(Secrets[GeneratedSecret.AuthSigningKey], Secrets[GeneratedSecret.ServiceAuthSigningKey]);
    }

    [Fact]
    public void Lighthouse_key_pair_is_rsa_2048_and_matches()
    {
        using var privateKey = RSA.Create();
        privateKey.ImportFromPem(Secrets[GeneratedSecret.LighthouseClientPrivateKey]);
        using var publicKey = RSA.Create();
        publicKey.ImportFromPem(Secrets[GeneratedSecret.LighthouseClientPublicKey]);
        var data = Encoding.UTF8.GetBytes("client assertion");

        var signature = privateKey.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        Assert.Equal(2048, privateKey.KeySize);
        Assert.True(publicKey.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", Secrets[GeneratedSecret.LighthouseClientPublicKey]);
    }

    [Fact]
    public void Every_run_makes_new_ones()
    {
        var other = GeneratedSecrets.CreateRandom();

        Assert.All(Enum.GetValues<GeneratedSecret>(), s => Assert.NotEqual(Secrets[s], other[s]));
    }

    [Fact]
    public void Values_never_show_in_ToString()
    {
        var text = Secrets.ToString();

        Assert.All(Enum.GetValues<GeneratedSecret>(), s => Assert.DoesNotContain(Secrets[s], text));
    }
}
