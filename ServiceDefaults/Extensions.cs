using DocumentUploads.ServiceDefaults.Auth;
using DocumentUploads.ServiceDefaults.Hosting;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using DocumentUploads.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.ServiceDefaults;

/// <summary>What every DocumentUploads service shares: telemetry, health endpoints,
/// service-to-service invocation and authentication. Each service calls exactly
/// <see cref="AddServiceDefaults{TBuilder}"/> and <see cref="MapDefaultEndpoints"/>.</summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.ConfigureTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.AddServiceInvocation();
        builder.AddDocumentUploadsAuthentication();
        builder.Services.AddHostedService<ParentProcessWatcher>();
        builder.Services.AddHostedService<StopSignalDuringShutdownGuard>();
        builder.Services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ServiceDefaultsStartupFilter>();
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPaths.Ready).AllowAnonymous();
        app.MapHealthChecks(HealthPaths.Alive, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") })
            .AllowAnonymous();
        return app;
    }
}
