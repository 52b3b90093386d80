using DocumentUploads.SimulatorKit.Faults;
using Microsoft.AspNetCore.Http;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

/// <summary>Answers no real simulator gives, so a test can tell the hook was used.</summary>
public sealed class KitTestFaultResponses : IFaultResponses
{
    public IResult InvalidSettings(string message) => Results.Json(new { why = message }, statusCode: StatusCodes.Status400BadRequest);

    public IResult RateLimited() => Results.Text("kit: slow down", statusCode: StatusCodes.Status429TooManyRequests);

    public IResult StatusFailure() => Results.Text("kit: status down", statusCode: StatusCodes.Status500InternalServerError);

    public string TruncatedStatusBody => """{"kit":[""";
}
