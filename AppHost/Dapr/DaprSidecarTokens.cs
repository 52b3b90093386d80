using System.Security.Cryptography;

namespace DocumentUploads.AppHost.Dapr;

/// <summary>The token pair an app shares with its own sidecar: <see cref="DaprApiToken"/> the app
/// presents to the sidecar, <see cref="AppApiToken"/> the sidecar presents to the app.</summary>
public sealed record DaprSidecarTokens(string DaprApiToken, string AppApiToken)
{
    public static DaprSidecarTokens CreateRandom() =>
        new(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));

    public override string ToString() => "DaprSidecarTokens(values hidden)";
}
