namespace DocumentUploads.Contracts.Providers;

/// <summary>Provider names as recorded on documents.</summary>
public static class ProviderIds
{
    public const string Lighthouse = "lighthouse";
    public const string Champva = "champva";
}
