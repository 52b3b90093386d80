using DocumentUploads.ChampvaSim.Errors;

namespace DocumentUploads.ChampvaSim.Faults;

/// <summary>Status-call faults, in the order a caller would meet them: latency, then a 500,
/// then a 200 whose body is cut off mid-JSON.</summary>
public sealed class StatusFaultFilter(FaultInjector faults, TimeProvider time) : IEndpointFilter
{
    // What a proxy that drops the connection mid-response leaves behind.
    private const string MalformedBody = "{\"results\":[{\"intakeId\":\"6f1c";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = faults.Settings;
        if (settings.StatusLatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.StatusLatencyMs), time, context.HttpContext.RequestAborted);
        }
        if (faults.Happens(settings.StatusFailureRate))
        {
            return ChampvaErrors.Create(StatusCodes.Status500InternalServerError, ChampvaErrors.InternalError,
                "The intake status service is unavailable.");
        }
        if (faults.Happens(settings.MalformedStatusRate))
        {
            return TypedResults.Text(MalformedBody, "application/json", statusCode: StatusCodes.Status200OK);
        }
        return await next(context);
    }
}
