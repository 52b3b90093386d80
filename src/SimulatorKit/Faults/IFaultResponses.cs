using Microsoft.AspNetCore.Http;

namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>The answers of the document simulators' status faults, worded by each in its own
/// API's shape: the fault logic is the same everywhere, the error bodies are not.</summary>
public interface IFaultResponses : IFaultSettingsResponses
{
    /// <summary>500 for a status call that the fault settings make fail.</summary>
    IResult StatusFailure();

    /// <summary>The start of a real status answer, cut off mid-JSON as a proxy that drops the
    /// connection leaves it; answered with 200.</summary>
    string TruncatedStatusBody { get; }
}
