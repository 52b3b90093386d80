namespace DocumentUploads.ServiceAuth;

/// <summary>Fallback keys used only in the Development environment when none is configured,
/// so a single service started on its own still works. The AppHost always passes fresh
/// random keys instead; any other environment refuses to start without configured keys.</summary>
internal static class DevelopmentKeys
{
    public const string User = "development-only-user-token-key-do-not-use-in-production";
    public const string Service = "development-only-service-token-key-do-not-use-in-production";
}
