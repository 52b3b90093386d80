namespace DocumentUploads.AppHost.Secrets;

/// <summary>The system's secrets as Aspire parameters. In run mode each is made up fresh for the run
/// unless the AppHost is given one (to keep tokens valid across runs, say); in the manifest they are
/// secret <c>parameter.v0</c> inputs a deployment fills in, generating the signing keys itself.</summary>
internal sealed record SecretParameters(
    IResourceBuilder<ParameterResource> AuthSigningKey,
    IResourceBuilder<ParameterResource> ServiceAuthSigningKey,
    IResourceBuilder<ParameterResource> LighthouseClientPrivateKey,
    IResourceBuilder<ParameterResource> LighthouseClientPublicKey)
{
    public static SecretParameters Add(IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // The pair is made only if a run needs it (neither half given), and both halves come from one pair.
        var keyPair = new Lazy<LighthouseClientKeyPair>(LighthouseClientKeyPair.Create);
        return new SecretParameters(
            SigningKey(builder, "auth-signing-key", "Auth:SigningKey"),
            SigningKey(builder, "service-auth-signing-key", "ServiceAuth:SigningKey"),
            builder.AddParameter("lighthouse-client-private-key",
                () => configuration["Lighthouse:ClientAssertionKey"] ?? keyPair.Value.PrivateKeyPem, secret: true),
            // The public half is not secret, only paired with the private one.
            builder.AddParameter("lighthouse-client-public-key",
                () => configuration["LighthouseSim:ClientPublicKey"] ?? keyPair.Value.PublicKeyPem));
    }

    private static IResourceBuilder<ParameterResource> SigningKey(IDistributedApplicationBuilder builder, string name, string configurationKey) =>
        builder.AddParameter(name, new ConfiguredOrGeneratedDefault(builder.Configuration, configurationKey,
            new GenerateParameterDefault { MinLength = 64, Special = false }), secret: true);
}
