using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.ProviderChampva;

/// <summary>Configuration section <c>Champva</c>: where the CHAMPVA intake API is and how to call it.</summary>
public sealed class ChampvaSettings
{
    public const string SectionName = "Champva";

    /// <summary>Falls back to <c>services:champva-sim:http:0</c>, which the AppHost sets in run mode.</summary>
    public string? BaseUrl { get; set; }

    public string ApiKey { get; set; } = "champva-dev-key";

    /// <summary>Largest file the intake API accepts; larger files are refused here with 413 before
    /// the upload fails half-way (keep it equal to the API's own limit).</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The most intake ids one status batch to the intake API may carry (its own limit); the describe route
    /// states it, so document-workflow asks for as many.</summary>
    public int MaxIdsPerStatusRequest { get; set; } = 500;

    public Uri BaseAddress => new(BaseUrl ?? throw new InvalidOperationException("Use ChampvaSettings.From to resolve the base URL."));

    /// <summary>Binds the section and resolves <see cref="BaseUrl"/>; fails at start-up when it is missing.</summary>
    public static ChampvaSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<ChampvaSettings>() ?? new ChampvaSettings();
        var baseUrl = string.IsNullOrWhiteSpace(settings.BaseUrl)
            ? configuration[$"services:{AppIds.ChampvaSim}:http:0"]
            : settings.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var address))
        {
            throw new InvalidOperationException(
                $"Set {SectionName}:BaseUrl (or services:{AppIds.ChampvaSim}:http:0) to the CHAMPVA intake API's address.");
        }
        if (string.IsNullOrWhiteSpace(settings.ApiKey)) throw new InvalidOperationException($"{SectionName}:ApiKey must not be empty.");
        if (settings.MaxUploadBytes <= 0) throw new InvalidOperationException($"{SectionName}:MaxUploadBytes must be positive.");
        if (settings.MaxIdsPerStatusRequest < 1) throw new InvalidOperationException($"{SectionName}:MaxIdsPerStatusRequest must be positive.");
        settings.BaseUrl = address.ToString();
        return settings;
    }
}
