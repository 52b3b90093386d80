using DocumentUploads.ServiceAuth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace DocumentUploads.ProviderContract.Tests.Infrastructure;

/// <summary>Both token audiences, minted the way our services mint them, with keys the provider
/// under test is also given: the user token is one the provider would accept as a user's, so a
/// 401 for it proves the contract routes want the service audience, not just any valid token.</summary>
public static class TestTokens
{
    private const string ServiceSigningKey = "provider-contract-tests-service-key-0123456789";
    private const string UserSigningKey = "provider-contract-tests-user-key-0123456789abc";

    public static readonly string[] ProviderArgs =
    [
        $"--{AuthSchemes.ServiceSection}:SigningKey={ServiceSigningKey}",
        $"--{AuthSchemes.UserSection}:SigningKey={UserSigningKey}",
    ];

    private static readonly TokenFactories Factories = new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{AuthSchemes.ServiceSection}:SigningKey"] = ServiceSigningKey,
            [$"{AuthSchemes.UserSection}:SigningKey"] = UserSigningKey,
        }).Build(),
        new HostingEnvironment { EnvironmentName = "Production" },
        TimeProvider.System);

    public static string Service() => Factories.Service.Create("provider-contract-tests");

    /// <summary>A veteran's token, ops role included: still not a service.</summary>
    public static string User() => Factories.User.Create("vet-contract", new Dictionary<string, object>
    {
        [AuthPolicies.ParticipantIdClaim] = "600043201",
        [AuthPolicies.RoleClaim] = new[] { "veteran", AuthPolicies.OpsRole },
    });
}
