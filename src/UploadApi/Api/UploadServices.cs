using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Api;

/// <summary>What the upload handlers need, injected as one [AsParameters] record.</summary>
public sealed record UploadServices(
    ProviderUploadClient Providers,
    WorkflowClient Workflow,
    RegistrationOutbox Outbox,
    TimeProvider Time,
    ILogger<UploadServices> Logger);
