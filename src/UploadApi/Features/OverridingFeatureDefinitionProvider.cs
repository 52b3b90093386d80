using System.Globalization;
using System.Runtime.CompilerServices;
using DocumentUploads.Contracts.Features;
using Microsoft.FeatureManagement;

namespace DocumentUploads.UploadApi.Features;

/// <summary>Flag definitions: an operator's runtime setting when there is one, else the default
/// from configuration (<c>FeatureManagement:*</c>).</summary>
public sealed class OverridingFeatureDefinitionProvider(IConfiguration configuration, FeatureFlagOverrides overrides)
    : IFeatureDefinitionProvider, IDisposable
{
    public const string TargetingFilter = "Microsoft.Targeting";
    public const string AlwaysOnFilter = "AlwaysOn";

    private readonly ConfigurationFeatureDefinitionProvider _defaults = new(configuration);

    public async Task<FeatureDefinition> GetFeatureDefinitionAsync(string featureName) =>
        overrides.Find(featureName) is { } setting ? ToDefinition(setting) : await _defaults.GetFeatureDefinitionAsync(featureName);

    public async IAsyncEnumerable<FeatureDefinition> GetAllFeatureDefinitionsAsync()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in overrides.All)
        {
            seen.Add(setting.Name);
            yield return ToDefinition(setting);
        }
        await foreach (var definition in _defaults.GetAllFeatureDefinitionsAsync())
        {
            if (seen.Add(definition.Name)) yield return definition;
        }
    }

    /// <summary>Off; on for everyone; or on for listed users plus a percentage of the rest (targeting).</summary>
    public static FeatureDefinition ToDefinition(FeatureFlagOverride setting)
    {
        var definition = new FeatureDefinition { Name = setting.Name, EnabledFor = [] };
        if (!setting.Enabled) return definition;
        if (setting.Users.Count == 0 && setting.Percentage == 0)
        {
            definition.EnabledFor = [new FeatureFilterConfiguration { Name = AlwaysOnFilter }];
            return definition;
        }
        var parameters = new Dictionary<string, string?>
        {
            ["Audience:DefaultRolloutPercentage"] = setting.Percentage.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < setting.Users.Count; i++) parameters[$"Audience:Users:{i}"] = setting.Users[i];
        definition.EnabledFor =
        [
            new FeatureFilterConfiguration
            {
                Name = TargetingFilter,
                Parameters = new ConfigurationBuilder().AddInMemoryCollection(parameters).Build(),
            },
        ];
        return definition;
    }

    public void Dispose() => _defaults.Dispose();
}
