using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>Answers 429 with Retry-After (whole seconds) once the per-second limit is used up.</summary>
public sealed class RateLimitFilter<TSettings>(FaultInjector<TSettings> faults, IFaultSettingsResponses responses) : IEndpointFilter
    where TSettings : class, IFaultSettings
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (faults.TryPassRateLimit(out var retryAfter)) return await next(context);

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return responses.RateLimited();
    }
}
