using DocumentUploads.Contracts.Providers;
using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Api;
using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Monitoring;
using DocumentUploads.DocumentWorkflow.Ops;
using DocumentUploads.DocumentWorkflow.Form526;
using DocumentUploads.DocumentWorkflow.Idempotency;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Retention;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceDefaults.ServiceInvocation;

namespace DocumentUploads.DocumentWorkflow;

/// <summary>Creates the document-workflow service; Program.cs runs it, benchmarks and tests
/// host the same app in-process.</summary>
public static class DocumentWorkflowApp
{
    public static WebApplication Build(string[] args)
    {
        // Named after this assembly, not the entry assembly (a benchmark or test host).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(DocumentWorkflowApp).Assembly.GetName().Name,
        });
        builder.AddServiceDefaults();

        builder.Services.AddDocumentStore(builder.Configuration);
        builder.Services.AddFeatureFlagStore();
        builder.Services.AddDocumentMonitoring();
        builder.Services.AddForm526(builder.Configuration);
        builder.Services.AddIdempotencyStore();
        builder.Services.AddOpsDashboard();
        builder.Services.AddRetention();
        builder.Services.AddOptions<PollingSettings>().Bind(builder.Configuration.GetSection(PollingSettings.SectionName))
            .Validate(s => !s.Validate().Any(), "Polling settings are invalid (see Polling:* configuration).").ValidateOnStart();
        builder.Services.AddServiceClient<IProviderApi>(ProviderIds.ServiceAppId(ProviderIds.Lighthouse), ProviderJson.Default);
        builder.Services.AddServiceClient<IProviderApi>(ProviderIds.ServiceAppId(ProviderIds.Champva), ProviderJson.Default);
        builder.Services.AddSingleton<IProviderStatusClient, ProviderStatusClient>();
        builder.Services.AddSingleton<TransitionTelemetry>();
        builder.Services.AddSingleton<DocumentStatusPoller>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<PollResultsWriter>();
        builder.Services.AddSingleton<OnDemandRefresher>();
        builder.Services.AddHostedService<PollingScheduler>();
        builder.Services.AddAlertMonitors(builder.Configuration);
        builder.Services.AddFailureNotices(builder.Configuration);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapDocumentsApi();
        app.MapStatusPollApi();
        app.MapFeaturesApi();
        app.MapForm526Api();
        app.MapIdempotencyKeysApi();
        app.MapOpsDashboard();
        app.MapAlertsApi();
        return app;
    }
}
