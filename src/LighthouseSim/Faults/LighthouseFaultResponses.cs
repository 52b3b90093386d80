using DocumentUploads.LighthouseSim.Errors;
using DocumentUploads.SimulatorKit.Faults;

namespace DocumentUploads.LighthouseSim.Faults;

/// <summary>The shared fault handling's answers in Lighthouse's <c>{"errors":[...]}</c> shape.</summary>
public sealed class LighthouseFaultResponses : IFaultResponses
{
    public IResult InvalidSettings(string message) => LighthouseErrors.BadRequest(message);

    public IResult RateLimited() => LighthouseErrors.Create(StatusCodes.Status429TooManyRequests, "API rate limit exceeded");

    public IResult StatusFailure() =>
        LighthouseErrors.Create(StatusCodes.Status500InternalServerError, "Unexpected error while retrieving upload statuses");

    public string TruncatedStatusBody => """{"data":{"statuses":[{"requestId":""";
}
