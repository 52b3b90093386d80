using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocumentUploads.Contracts.Providers;

/// <summary>Generated JSON metadata of the provider contract's bodies, in ASP.NET Core's web conventions
/// (camelCase), for the source-generated <see cref="IProviderApi"/> client.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProviderUploadMetadata))]
[JsonSerializable(typeof(ProviderUploadResult))]
[JsonSerializable(typeof(ProviderStatusQuery))]
[JsonSerializable(typeof(ProviderStatusReport))]
[JsonSerializable(typeof(ProviderClaimOwnership))]
[JsonSerializable(typeof(ProviderDescription))]
[JsonSerializable(typeof(ProviderError))]
public sealed partial class ProviderJson : JsonSerializerContext;
