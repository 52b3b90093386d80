using Aspire.Hosting.Publishing;

namespace DocumentUploads.AppHost.Secrets;

/// <summary>A parameter's value in run mode: the service setting the AppHost was given, if any,
/// else a fresh random one. The manifest says only "generate", never the value.</summary>
internal sealed class ConfiguredOrGeneratedDefault(IConfiguration configuration, string configurationKey, GenerateParameterDefault generate)
    : ParameterDefault
{
    public override string GetDefaultValue() =>
        configuration[configurationKey] is { Length: > 0 } configured ? configured : generate.GetDefaultValue();

    public override void WriteToManifest(ManifestPublishingContext context) => generate.WriteToManifest(context);
}
