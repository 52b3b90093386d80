using DocumentUploads.NotifySim.Errors;
using DocumentUploads.SimulatorKit.Faults;

namespace DocumentUploads.NotifySim.Faults;

/// <summary>The shared fault handling's answers in VA Notify's <c>{"status_code","errors"}</c> shape.</summary>
public sealed class NotifyFaultResponses : IFaultSettingsResponses
{
    public IResult InvalidSettings(string message) => NotifyErrors.Validation(message);

    public IResult RateLimited() =>
        NotifyErrors.Create(StatusCodes.Status429TooManyRequests, NotifyErrors.RateLimitError,
            "Exceeded rate limit for key type NORMAL of rateLimitPerSecond requests per 1 seconds");
}
