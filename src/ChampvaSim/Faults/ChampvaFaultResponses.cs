using DocumentUploads.ChampvaSim.Errors;
using DocumentUploads.SimulatorKit.Faults;

namespace DocumentUploads.ChampvaSim.Faults;

/// <summary>The shared fault handling's answers in the CHAMPVA intake API's error shape.</summary>
public sealed class ChampvaFaultResponses : IFaultResponses
{
    public IResult InvalidSettings(string message) => ChampvaErrors.BadRequest(message);

    public IResult RateLimited() =>
        ChampvaErrors.Create(StatusCodes.Status429TooManyRequests, ChampvaErrors.RateLimited, "Too many requests; retry later.");

    public IResult StatusFailure() =>
        ChampvaErrors.Create(StatusCodes.Status500InternalServerError, ChampvaErrors.InternalError,
            "The intake status service is unavailable.");

    public string TruncatedStatusBody => "{\"results\":[{\"intakeId\":\"6f1c";
}
