using DocumentUploads.ChampvaSim.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ChampvaSim.Simulation;

/// <summary>Development-only views of the simulator's state: what an intake recorded (so tests can
/// prove what was sent) and a reset. No auth: loopback only.</summary>
public static class SimIntakeEndpoints
{
    public static void MapSimIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/_sim/intakes/{intakeId:guid}", Results<Ok<RecordedIntake>, JsonHttpResult<ChampvaErrorBody>> (
            Guid intakeId, IntakeStore intakes) => intakes.Find(intakeId) is { } intake
                ? TypedResults.Ok(intake)
                : ChampvaErrors.Create(StatusCodes.Status404NotFound, ChampvaErrors.NotFound, $"No intake {intakeId} was recorded."));

        app.MapDelete("/_sim/intakes", (IntakeStore intakes) =>
        {
            intakes.Clear();
            return TypedResults.NoContent();
        });
    }
}
