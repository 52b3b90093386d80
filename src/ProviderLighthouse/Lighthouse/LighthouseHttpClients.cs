using DocumentUploads.ServiceDefaults.Resilience;
using DocumentUploads.Telemetry;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>Three clients, each measured and behind the standard resilience handler: status queries (reads, retried
/// on transient failures); uploads (never retried, being multipart, and given Lighthouse:UploadTimeout for their
/// one long attempt); the token exchange.</summary>
public static class LighthouseHttpClients
{
    public const string Status = "lighthouse-status";
    public const string Upload = "lighthouse-upload";
    public const string Token = "lighthouse-token";

    /// <summary>The <c>upstream</c> tag of this service's calls in <see cref="UpstreamCallMetrics"/>.</summary>
    public const string Upstream = "lighthouse";

    public static IServiceCollection AddLighthouse(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LighthouseSettings>().Bind(configuration.GetSection(LighthouseSettings.SectionName))
            .Validate(s => s.MaxIdsPerStatusRequest >= 1, "Lighthouse:MaxIdsPerStatusRequest must be positive.").ValidateOnStart();
        services.AddSingleton<LighthouseTokenProvider>();
        services.AddSingleton<LighthouseClient>();

        void BaseAddress(IServiceProvider sp, HttpClient client)
        {
            var settings = sp.GetRequiredService<IOptions<LighthouseSettings>>().Value;
            var url = settings.BaseUrl ?? configuration["services:lighthouse-sim:http:0"]
                ?? throw new InvalidOperationException("Lighthouse:BaseUrl is not configured.");
            client.BaseAddress = new Uri(url.TrimEnd('/') + "/");
        }

        services.AddHttpClient(Token, BaseAddress).AddUpstreamCallMetrics(Upstream);
        services.AddHttpClient(Status, BaseAddress).AddUpstreamCallMetrics(Upstream);
        // The one attempt of an upload streams the whole document: it gets Lighthouse:UploadTimeout instead of
        // the defaults' attempt time-out. RemoveAllResilienceHandlers is the library's documented way to replace
        // the handler of the HttpClient defaults for one client; it is still marked experimental.
#pragma warning disable EXTEXP0001
        services.AddHttpClient(Upload, BaseAddress).AddUpstreamCallMetrics(Upstream)
            .RemoveAllResilienceHandlers()
#pragma warning restore EXTEXP0001
            .AddStandardResilienceHandler()
            .Configure((options, sp) =>
            {
                sp.GetRequiredService<IOptions<HttpResilienceSettings>>().Value.ApplyTo(options);
                var uploadTimeout = sp.GetRequiredService<IOptions<LighthouseSettings>>().Value.UploadTimeout;
                options.AttemptTimeout.Timeout = uploadTimeout;
                options.TotalRequestTimeout.Timeout = uploadTimeout + TimeSpan.FromSeconds(1);
                options.CircuitBreaker.SamplingDuration = Max(options.CircuitBreaker.SamplingDuration, 2 * uploadTimeout);
            });
        return services;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
