using DocumentUploads.UploadApi.Scanning;
using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Form526;

/// <summary>What the Form 526 handlers need, injected as one [AsParameters] record (all registered by UploadApiApp).</summary>
public sealed record Form526UploadServices(
    ProviderUploadClient Providers,
    UploadScanner Scanner,
    DocumentRegistrar Registrar,
    Form526WorkflowClient Workflow,
    TimeProvider Time,
    ILogger<Form526UploadServices> Logger);
