using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.ServiceDefaults.Tests;

/// <summary>What the tests' services share: the token keys, retries that wait milliseconds, and a calling host
/// with the service defaults and the test's own clients.</summary>
internal static class TestHosts
{
    public const string ServiceKey = "service-key-for-tests-0123456789-abcdefghij";
    public const string UserKey = "user-key-for-tests-0123456789-abcdefghijklmn";

    /// <summary>The keys, fast retries and the app id <c>caller</c>, overridden or extended by <paramref name="more"/>.</summary>
    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ServiceAuth:SigningKey"] = ServiceKey,
            ["Auth:SigningKey"] = UserKey,
            ["HttpResilience:RetryBaseDelay"] = "00:00:00.010",
            ["OTEL_SERVICE_NAME"] = "caller",
        };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return settings;
    }

    /// <summary>A host with the service defaults and the clients <paramref name="addClients"/> registers; it is not
    /// started, since its clients need no running host.</summary>
    public static IHost Caller(Dictionary<string, string?> settings, Action<IServiceCollection> addClients)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(Settings(settings));
        builder.AddServiceDefaults();
        addClients(builder.Services);
        return builder.Build();
    }
}
