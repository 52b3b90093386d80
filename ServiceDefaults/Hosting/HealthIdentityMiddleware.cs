using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.ServiceDefaults.Hosting;

/// <summary>When the AppHost launched this process, its health answers carry the process id, so the launcher
/// accepts only its own child's answer: another process that took the port between the launcher's check and
/// this service's bind (a parallel test run, a stale copy) would otherwise pass for healthy.</summary>
internal sealed class HealthIdentityMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string Header = "X-Process-Id";

    private readonly bool _launched = !string.IsNullOrEmpty(configuration[ParentProcessWatcher.ParentPidVariable]);
    private readonly string _processId = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task InvokeAsync(HttpContext context)
    {
        if (_launched && (context.Request.Path == HealthPaths.Ready || context.Request.Path == HealthPaths.Alive))
        {
            context.Response.Headers[Header] = _processId;
        }
        return next(context);
    }
}
