using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;

namespace DocumentUploads.ServiceDefaults.Tests;

/// <summary>The standard resilience handler of the HttpClient defaults keeps one circuit breaker per client:
/// a provider that keeps failing opens its own circuit, not the one to another provider.</summary>
public sealed class CircuitBreakerScopeTests
{
    [Fact]
    public async Task An_open_circuit_to_one_service_leaves_the_other_services_reachable()
    {
        await using var failing = await LoopbackServer.StartAsync(app => app.Run(c =>
        {
            c.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }));
        await using var healthy = await LoopbackServer.StartAsync(app => app.Run(c => c.Response.WriteAsync("ok")));
        using var caller = TestHosts.Caller(new()
        {
            ["HttpResilience:BreakerMinimumThroughput"] = "2",
            ["HttpResilience:MaxRetryAttempts"] = "1",
        }, services =>
        {
            services.AddHttpClient("failing", c => c.BaseAddress = failing.BaseAddress);
            services.AddHttpClient("healthy", c => c.BaseAddress = healthy.BaseAddress);
        });
        var clients = caller.Services.GetRequiredService<IHttpClientFactory>();

        var opened = false;
        for (var call = 0; call < 10 && !opened; call++)
        {
            try
            {
                using var response = await clients.CreateClient("failing").GetAsync("x");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            }
            catch (BrokenCircuitException)
            {
                opened = true;
            }
        }

        Assert.True(opened, "the circuit to the failing service never opened");
        Assert.Equal("ok", await clients.CreateClient("healthy").GetStringAsync("x"));
    }
}
