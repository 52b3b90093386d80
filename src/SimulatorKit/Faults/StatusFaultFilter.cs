using Microsoft.AspNetCore.Http;

namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>Status-call faults, in the order a caller would meet them: latency, then a 500,
/// then a 200 whose body is cut off mid-JSON.</summary>
public sealed class StatusFaultFilter(FaultInjector<FaultSettings> faults, TimeProvider time, IFaultResponses responses) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = faults.Settings;
        if (settings.StatusLatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.StatusLatencyMs), time, context.HttpContext.RequestAborted);
        }
        if (faults.Happens(settings.StatusFailureRate))
        {
            return responses.StatusFailure();
        }
        if (faults.Happens(settings.MalformedStatusRate))
        {
            return TypedResults.Text(responses.TruncatedStatusBody, "application/json", statusCode: StatusCodes.Status200OK);
        }
        return await next(context);
    }
}
