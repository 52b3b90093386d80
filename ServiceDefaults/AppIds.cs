namespace DocumentUploads.ServiceDefaults;

/// <summary>The app ids every process is known by: Dapr app ids, Aspire resource names and
/// the host part of service-to-service URLs (<c>http://provider-lighthouse/...</c>).</summary>
public static class AppIds
{
    public const string UploadApi = "upload-api";
    public const string DocumentWorkflow = "document-workflow";
    public const string ProviderLighthouse = "provider-lighthouse";
    public const string ProviderChampva = "provider-champva";
    public const string LighthouseSim = "lighthouse-sim";
    public const string ChampvaSim = "champva-sim";
    public const string NotifySim = "notify-sim";
}
