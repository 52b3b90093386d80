using System.Text.RegularExpressions;

namespace DocumentUploads.AppHost;

/// <summary>How a service finds an external API (Lighthouse, the CHAMPVA intake, VA Notify).</summary>
internal static partial class ExternalApiResourceBuilderExtensions
{
    /// <summary>In run mode the simulator, referenced and waited for (its address comes through service
    /// discovery). Deployed there is no simulator: the API's address and the named credentials of
    /// <paramref name="settingsSection"/> are parameters the deployment fills in.</summary>
    public static IResourceBuilder<ProjectResource> WithExternalApi(this IResourceBuilder<ProjectResource> provider,
        IResourceBuilder<ProjectResource>? simulator, string settingsSection, params (string Setting, bool Secret)[] credentials)
    {
        if (simulator is not null) return provider.WithReference(simulator).WaitFor(simulator);

        var builder = provider.ApplicationBuilder;
        var prefix = settingsSection.ToLowerInvariant();
        provider.WithEnvironment($"{settingsSection}__BaseUrl", builder.AddParameter($"{prefix}-base-url"));
        foreach (var (setting, secret) in credentials)
        {
            provider.WithEnvironment($"{settingsSection}__{setting}", builder.AddParameter($"{prefix}-{Kebab(setting)}", secret));
        }
        return provider;
    }

    private static string Kebab(string pascal) => WordStart().Replace(pascal, "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
