using DocumentUploads.UploadApi.Idempotency;
using DocumentUploads.UploadApi.Routing;
using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Api;

/// <summary>What the upload handlers need, injected as one [AsParameters] record.</summary>
public sealed record UploadServices(
    UploadRouter Router,
    ProviderUploadClient Providers,
    DocumentRegistrar Registrar,
    IdempotencyClient Idempotency,
    TimeProvider Time,
    ILogger<UploadServices> Logger);
