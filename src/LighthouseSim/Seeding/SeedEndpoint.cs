using System.Text.Json;
using DocumentUploads.LighthouseSim.Errors;
using DocumentUploads.LighthouseSim.Simulation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.LighthouseSim.Seeding;

/// <summary><c>POST /_sim/uploads/seed</c>: makes N uploads exist at once without storing N objects,
/// for benchmarks and load tests (no auth: a loopback-only development tool, like /_sim/faults).</summary>
public static class SeedEndpoint
{
    public const string Route = "/_sim/uploads/seed";

    /// <summary>Ids are consecutive numbers; this bound keeps a typo from eating the id space.</summary>
    public const long MaxCount = 100_000_000;

    /// <summary>Seeded documents were uploaded this long ago (at least), so the completed ones are
    /// finished whatever the step duration.</summary>
    public static readonly TimeSpan MinimumAge = TimeSpan.FromDays(30);

    public static void MapSeedEndpoint(this IEndpointRouteBuilder app) => app.MapPost(Route, SeedAsync);

    private static async Task<Results<Ok<SeedResponse>, JsonHttpResult<LighthouseErrorBody>>> SeedAsync(
        HttpRequest request, UploadStore uploads, LighthouseSimOptions options, TimeProvider time)
    {
        SeedRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<SeedRequest>(request.Body, JsonSerializerOptions.Web,
                request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return LighthouseErrors.BadRequest($"The request body is invalid at {e.Path ?? "$"}.");
        }
        if (body?.Count is not { } count || count is < 1 or > MaxCount)
        {
            return LighthouseErrors.BadRequest($"count is required and must be between 1 and {MaxCount}.");
        }
        var completedEvery = body.CompletedEvery ?? 0;
        if (completedEvery < 0) return LighthouseErrors.BadRequest("completedEvery must be 0 (none complete) or more.");

        var age = options.StepDuration * 3 > MinimumAge ? options.StepDuration * 3 : MinimumAge;
        var range = uploads.Seed(count, completedEvery, time.GetUtcNow() - age);
        return TypedResults.Ok(new SeedResponse(range.FirstRequestId, range.Count));
    }
}
