namespace DocumentUploads.Contracts.Providers;

/// <summary>Provider names as recorded on documents.</summary>
public static class ProviderIds
{
    public const string Lighthouse = "lighthouse";
    public const string Champva = "champva";

    /// <summary>The app id of the service that speaks for a provider (<c>provider-lighthouse</c>).</summary>
    public static string ServiceAppId(string provider) => "provider-" + provider;
}
