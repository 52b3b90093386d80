namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Documents registered for one provider within the upload-failure window, and how many of
/// them are <c>upload_failed</c> (the provider refused or failed the upload).</summary>
public sealed record ProviderUploadCounts(string Provider, long Registered, long UploadFailed);
