using DocumentUploads.ServiceDefaults.Auth;
using DocumentUploads.ServiceDefaults.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace DocumentUploads.ServiceDefaults.ServiceInvocation;

public static class ServiceInvocationExtensions
{
    internal static void AddServiceInvocation(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(sp => new ServiceEndpointResolver(
            sp.GetRequiredService<IConfiguration>(), DaprSidecar.FromConfiguration(sp.GetRequiredService<IConfiguration>())));
        builder.Services.Configure<HttpResilienceSettings>(builder.Configuration.GetSection(HttpResilienceSettings.SectionName));
    }

    /// <summary>A named <see cref="HttpClient"/> (name = app id, base address
    /// <c>http://{appId}/</c>) that reaches another of our services through the sidecar or
    /// directly, carries the internal service token, and is resilient.</summary>
    public static IHttpClientBuilder AddServiceClient(this IServiceCollection services, string appId)
    {
        services.AddResiliencePipeline(appId);
        return services.AddHttpClient(appId, client => client.BaseAddress = new Uri($"http://{appId}/"))
            // Resilience outermost so each retry gets a fresh token and a fresh resolution.
            .AddHttpMessageHandler(sp => new ResilienceHandler(sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(appId)))
            .AddHttpMessageHandler(sp => new ServiceTokenHandler(sp.GetRequiredService<ServiceTokenIssuer>()))
            .AddHttpMessageHandler(sp => new ServiceInvocationHandler(sp.GetRequiredService<ServiceEndpointResolver>()));
    }

    /// <summary>One pipeline per named client for the whole life of the app, so the circuit
    /// breaker keeps its state when the HttpClient factory rotates handlers.</summary>
    public static IServiceCollection AddResiliencePipeline(this IServiceCollection services, string name)
    {
        services.TryAddKeyedSingleton(name, (sp, _) => HttpResiliencePipelines.Create(name,
            sp.GetRequiredService<IOptions<HttpResilienceSettings>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("DocumentUploads.Resilience")));
        return services;
    }
}
