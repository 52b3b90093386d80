using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.ServiceDefaults.Tests;

/// <summary>A service the AppHost launched names its process in its health answers (so the launcher accepts
/// only its own child); one started any other way does not show its process id to anyone.</summary>
public sealed class HealthIdentityTests
{
    private static Task<LoopbackServer> Service(bool launchedByAppHost) => LoopbackServer.StartAsync(
        app => app.MapDefaultEndpoints(),
        configure: b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Auth:SigningKey"] = "health-identity-tests-user-key-0123456789abcdef",
                ["ServiceAuth:SigningKey"] = "health-identity-tests-service-key-0123456789abcdef",
                // The watcher only reads it; this test process is its own "parent".
                ["DOCUMENTUPLOADS_APPHOST_PID"] = launchedByAppHost ? Environment.ProcessId.ToString() : null,
            });
            b.AddServiceDefaults();
        });

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task Launched_by_the_AppHost_the_health_answers_name_this_process(string path)
    {
        await using var service = await Service(launchedByAppHost: true);
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        using var response = await client.GetAsync(path.TrimStart('/'));

        response.EnsureSuccessStatusCode();
        Assert.Equal(Environment.ProcessId.ToString(), Assert.Single(response.Headers.GetValues("X-Process-Id")));
    }

    [Fact]
    public async Task Started_any_other_way_the_health_answer_does_not_show_the_process_id()
    {
        await using var service = await Service(launchedByAppHost: false);
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        using var response = await client.GetAsync("health");

        response.EnsureSuccessStatusCode();
        Assert.False(response.Headers.Contains("X-Process-Id"));
    }
}
