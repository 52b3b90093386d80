using DocumentUploads.UploadApi.Idempotency;
using DocumentUploads.UploadApi.Routing;
using DocumentUploads.UploadApi.Scanning;
using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Api;

/// <summary>What the upload handlers need, injected as one [AsParameters] record.</summary>
public sealed record UploadServices(
    UploadRouter Router,
    ProviderUploadClient Providers,
    UploadScanner Scanner,
    DocumentRegistrar Registrar,
    IdempotencyClient Idempotency,
    TimeProvider Time,
    ILogger<UploadServices> Logger);
