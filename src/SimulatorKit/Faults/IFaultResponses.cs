using Microsoft.AspNetCore.Http;

namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>The answers the shared fault handling gives, worded by each simulator in its own API's
/// shape: the fault logic is the same everywhere, the error bodies are not.</summary>
public interface IFaultResponses
{
    /// <summary>400 for a <c>PUT /_sim/faults</c> body that is not usable.</summary>
    IResult InvalidSettings(string message);

    /// <summary>429 once the per-second limit is used up (the filter sets Retry-After).</summary>
    IResult RateLimited();

    /// <summary>500 for a status call that the fault settings make fail.</summary>
    IResult StatusFailure();

    /// <summary>The start of a real status answer, cut off mid-JSON as a proxy that drops the
    /// connection leaves it; answered with 200.</summary>
    string TruncatedStatusBody { get; }
}
