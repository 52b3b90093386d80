using DocumentUploads.LighthouseSim.Errors;
using DocumentUploads.LighthouseSim.Simulation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.LighthouseSim.Uploads;

/// <summary>Development-only views of the simulator's state: what an upload recorded (so tests can
/// prove what was sent) and a reset (handy between benchmark runs). No auth: loopback only.</summary>
public static class SimUploadEndpoints
{
    public static void MapSimUploadEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/_sim/uploads/{requestId:long}", Results<Ok<RecordedUpload>, JsonHttpResult<LighthouseErrorBody>> (
            long requestId, UploadStore uploads) => uploads.Find(requestId) is { } upload
                ? TypedResults.Ok(upload)
                : LighthouseErrors.NotFound($"No upload with request id {requestId} was recorded."));

        app.MapDelete("/_sim/uploads", (UploadStore uploads) =>
        {
            uploads.Clear();
            return TypedResults.NoContent();
        });
    }
}
