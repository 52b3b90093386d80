using DocumentUploads.ServiceAuth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace DocumentUploads.Simulators.Tests.Infrastructure;

/// <summary>The internal service token, minted the way our services mint it, with a key the
/// provider under test is also given.</summary>
public static class ServiceTokens
{
    public const string SigningKey = "simulators-tests-service-signing-key-0123456789";

    public static string ServiceAuthArg => $"--ServiceAuth:SigningKey={SigningKey}";

    public static string Create(string subject = "test")
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ServiceAuth:SigningKey"] = SigningKey })
            .Build();
        var factories = new TokenFactories(configuration, new HostingEnvironment { EnvironmentName = "Production" }, TimeProvider.System);
        return factories.Service.Create(subject);
    }
}
