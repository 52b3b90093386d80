using DocumentUploads.ProviderLighthouse.Api;
using DocumentUploads.ProviderLighthouse.Lighthouse;
using DocumentUploads.ServiceDefaults;
using Microsoft.AspNetCore.Http.Features;

namespace DocumentUploads.ProviderLighthouse;

/// <summary>Creates the provider-lighthouse service; Program.cs runs it, benchmarks and tests
/// host the same app in-process.</summary>
public static class ProviderLighthouseApp
{
    // Lighthouse takes documents up to 150 MB; the framework defaults (30 MB body, 128 MB form) are lower.
    private const long MaxRequestBytes = 151L * 1024 * 1024;

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
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBytes);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapProviderApi();
        return app;
    }
}
