using Microsoft.AspNetCore.Http;

namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>The answers every simulator's fault handling gives, worded in its own API's shape:
/// bad fault settings and the per-second limit.</summary>
public interface IFaultSettingsResponses
{
    /// <summary>400 for a <c>PUT /_sim/faults</c> body that is not usable.</summary>
    IResult InvalidSettings(string message);

    /// <summary>429 once the per-second limit is used up (the filter sets Retry-After).</summary>
    IResult RateLimited();
}
