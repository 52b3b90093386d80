using DocumentUploads.ServiceDefaults.Resilience;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using DocumentUploads.ServiceDefaults.Telemetry;
using Polly;
using Microsoft.Extensions.Options;

namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>Three clients because the calls need different protection: status queries are
/// reads (retried, circuit-broken, short attempts); uploads are long and never retried; the
/// token exchange is a plain call.</summary>
public static class LighthouseHttpClients
{
    public const string Status = "lighthouse-status";
    public const string Upload = "lighthouse-upload";
    public const string Token = "lighthouse-token";

    /// <summary>The <c>upstream</c> tag of this service's calls in <see cref="UpstreamCallMetrics"/>.</summary>
    public const string Upstream = "lighthouse";

    public static IServiceCollection AddLighthouse(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LighthouseSettings>(configuration.GetSection(LighthouseSettings.SectionName));
        services.AddSingleton<LighthouseTokenProvider>();
        services.AddSingleton<LighthouseClient>();

        void BaseAddress(IServiceProvider sp, HttpClient client)
        {
            var settings = sp.GetRequiredService<IOptions<LighthouseSettings>>().Value;
            var url = settings.BaseUrl ?? configuration["services:lighthouse-sim:http:0"]
                ?? throw new InvalidOperationException("Lighthouse:BaseUrl is not configured.");
            client.BaseAddress = new Uri(url.TrimEnd('/') + "/");
        }

        static UpstreamCallMetricsHandler Measured(IServiceProvider sp) =>
            new(Upstream, sp.GetRequiredService<UpstreamCallMetrics>());

        services.AddHttpClient(Token, BaseAddress).AddHttpMessageHandler(Measured);
        services.AddHttpClient(Upload, (sp, client) =>
        {
            BaseAddress(sp, client);
            client.Timeout = sp.GetRequiredService<IOptions<LighthouseSettings>>().Value.UploadTimeout;
        }).AddHttpMessageHandler(Measured);
        services.AddResiliencePipeline(Status);
        services.AddHttpClient(Status, BaseAddress)
            .AddHttpMessageHandler(Measured)
            .AddHttpMessageHandler(sp => new ResilienceHandler(sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(Status)));
        return services;
    }
}
