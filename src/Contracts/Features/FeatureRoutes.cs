namespace DocumentUploads.Contracts.Features;

public static class FeatureRoutes
{
    /// <summary>GET (ops role or service token): every runtime override.</summary>
    public const string Features = "/ops/features";

    /// <summary>PUT <see cref="FeatureFlagSetting"/> (ops role).</summary>
    public const string Feature = "/ops/features/{name}";

    /// <summary>GET (ops role): recent changes, newest first, with who and when.</summary>
    public const string Changes = "/ops/features/changes";
}
