using DocumentUploads.Contracts.Providers;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Dev;
using DocumentUploads.UploadApi.Features;
using DocumentUploads.UploadApi.Idempotency;
using DocumentUploads.UploadApi.Monitoring;
using DocumentUploads.UploadApi.Page;
using DocumentUploads.UploadApi.Routing;
using DocumentUploads.UploadApi.Scanning;
using DocumentUploads.UploadApi.Form526;
using DocumentUploads.UploadApi.Uploads;
using Microsoft.AspNetCore.Http.Features;

namespace DocumentUploads.UploadApi;

/// <summary>Creates the upload-api service; Program.cs runs it, tests can host it in-process.</summary>
public static class UploadApiApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(UploadApiApp).Assembly.GetName().Name,
        });
        builder.AddServiceDefaults();
        // Documents may be up to 150 MB; the framework defaults (30 MB body, 128 MB form) are lower.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = UploadLimits.MaxRequestBytes);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes);

        builder.Services.AddServiceClient<IDocumentWorkflowApi>(AppIds.DocumentWorkflow, WorkflowJson.Default);
        builder.Services.AddServiceClient<IProviderApi>(ProviderIds.ServiceAppId(ProviderIds.Lighthouse), ProviderJson.Default);
        builder.Services.AddServiceClient<IProviderApi>(ProviderIds.ServiceAppId(ProviderIds.Champva), ProviderJson.Default);
        builder.Services.AddDocumentUploadFeatureFlags();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DocumentUploads public API";
            document.Info.Description = "Upload supporting documents to a claim and follow each one until the VA system that owns the claim has it.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(ProviderRegistry.Default);
        builder.Services.AddSingleton<ClaimOwnershipClient>();
        builder.Services.AddSingleton<UploadRouter>();
        builder.Services.AddSingleton<ProviderUploadClient>();
        builder.Services.AddSingleton<UploadMetrics>();
        builder.Services.AddSingleton<DocumentRegistrar>();
        builder.Services.AddSingleton<IdempotencyClient>();
        builder.Services.AddSingleton<WorkflowClient>();
        builder.Services.AddSingleton<Form526WorkflowClient>();
        builder.Services.AddSingleton<RegistrationOutbox>();
        builder.Services.AddSingleton<RegistrationOutboxReplayer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RegistrationOutboxReplayer>());
        builder.Services.AddWorkflowUnreachableAlert(builder.Configuration);
        builder.Services.AddUploadScanning(builder.Configuration, builder.Environment);

        var app = builder.Build();
        app.WarnIfScanningIsOff();
        app.UseUploadPage();
        app.MapDefaultEndpoints();
        app.MapBenefitsDocumentsApi();
        app.MapUploadOptionsApi();
        app.MapFeatureTogglesApi();
        app.MapForm526Api();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevTokenApi();
            app.MapOpenApi(); // GET /openapi/v1.json
        }
        return app;
    }
}
