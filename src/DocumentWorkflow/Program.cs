using DocumentUploads.DocumentWorkflow.Api;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using DocumentUploads.Contracts.Providers;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

builder.Services.AddDocumentStore(builder.Configuration);
builder.Services.AddOptions<PollingSettings>().Bind(builder.Configuration.GetSection(PollingSettings.SectionName))
    .Validate(s => !s.Validate().Any(), "Polling settings are invalid (see Polling:* configuration).").ValidateOnStart();
builder.Services.AddServiceClient(ProviderIds.ServiceAppId(ProviderIds.Lighthouse));
builder.Services.AddServiceClient(ProviderIds.ServiceAppId(ProviderIds.Champva));
builder.Services.AddSingleton<IProviderStatusClient, ProviderStatusClient>();
builder.Services.AddSingleton<TransitionTelemetry>();
builder.Services.AddSingleton<DocumentStatusPoller>();
builder.Services.AddHostedService<PollingScheduler>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDocumentsApi();
app.MapStatusPollApi();
app.Run();
