namespace DocumentUploads.ServiceAuth;

public static class AuthSchemes
{
    /// <summary>Veterans' and operators' bearer tokens on the public API.</summary>
    public const string User = "User";

    /// <summary>The internal token one of our services presents to another.</summary>
    public const string Service = "Service";

    public const string UserSection = "Auth";
    public const string ServiceSection = "ServiceAuth";
    public const string UserAudience = "document-uploads-api";
    public const string ServiceAudience = "document-uploads-internal";
}
