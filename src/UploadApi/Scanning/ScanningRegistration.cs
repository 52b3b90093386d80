namespace DocumentUploads.UploadApi.Scanning;

public static class ScanningRegistration
{
    /// <summary>The scanner, with its settings checked at start: outside Development an upload-api without
    /// clamd does not start at all.</summary>
    public static IServiceCollection AddUploadScanning(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddOptions<ScanningSettings>().Bind(configuration.GetSection(ScanningSettings.SectionName))
            .Validate(s => !s.Validate(environment.IsDevelopment()).Any(),
                "Scanning settings are invalid: Scanning:ClamdAddress (host:port) is required outside Development.")
            .ValidateOnStart();
        services.AddSingleton<UploadScanner>();
        return services;
    }

    /// <summary>Says once, at start, that uploads go out unscanned (Development without clamd only).</summary>
    public static void WarnIfScanningIsOff(this WebApplication app)
    {
        if (app.Services.GetRequiredService<UploadScanner>().Enabled) return;
        app.Logger.LogWarning(
            "Malware scanning is OFF: Scanning:ClamdAddress is not set (no clamd installed?). Uploads are sent on unscanned; this is allowed in Development only.");
    }
}
