using DocumentUploads.NotifySim.Errors;
using DocumentUploads.SimulatorKit.Faults;

namespace DocumentUploads.NotifySim.Faults;

/// <summary>Send faults, in the order a caller meets them: the latency, then a 500 before the send
/// is read or recorded (so a failed send never counts as sent).</summary>
public sealed class SendFaultFilter(FaultInjector<NotifyFaultSettings> faults, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.LatencyMs), time, context.HttpContext.RequestAborted);
        }
        if (faults.Happens(settings.FailureRate))
        {
            return NotifyErrors.Create(StatusCodes.Status500InternalServerError, NotifyErrors.Exception, "Internal server error");
        }
        return await next(context);
    }
}
