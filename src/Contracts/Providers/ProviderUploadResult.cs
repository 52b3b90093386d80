namespace DocumentUploads.Contracts.Providers;

/// <summary>The provider accepted the document; <see cref="ProviderRequestId"/> names it in
/// every later status query.</summary>
public sealed record ProviderUploadResult(string ProviderRequestId);
