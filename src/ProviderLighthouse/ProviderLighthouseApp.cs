using DocumentUploads.ProviderLighthouse.Api;
using DocumentUploads.ProviderLighthouse.Lighthouse;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.ProviderLighthouse;

/// <summary>Creates the provider-lighthouse service; Program.cs runs it, benchmarks and tests
/// host the same app in-process.</summary>
public static class ProviderLighthouseApp
{
    // Lighthouse takes documents up to 150 MB, the framework's default body limit is 30 MB; 1 MB more for the metadata
    // part and the multipart framing.
    private const long MaxRequestBytes = LighthouseSettings.MaxFileBytes + 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ProviderLighthouseApp).Assembly.GetName().Name,
        });
        builder.AddServiceDefaults();
        builder.Services.AddLighthouse(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.AddMemoryCache().AddSingleton<UploadOwnershipCheck>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapProviderApi();
        return app;
    }
}
