using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DocumentUploads.SimulatorKit.Uploads;

/// <summary>Development-only views of a simulator's state: what an upload recorded (so tests can
/// prove what was sent) and a reset (handy between benchmark runs). No auth: loopback only.</summary>
public static class RecordedUploadEndpoints
{
    /// <summary>Maps <c>GET {route}/{id}</c> (the record, or <paramref name="notFound"/>) and
    /// <c>DELETE {route}</c> (forget everything, 204). <paramref name="idConstraint"/> is the id's route
    /// constraint (<c>guid</c>, <c>long</c>), so other ids never reach the store.</summary>
    public static void MapRecordedUploadEndpoints<TStore, TId, TRecord>(this IEndpointRouteBuilder app, string route,
        string idConstraint, Func<TId, IResult> notFound)
        where TStore : IRecordedUploads<TId, TRecord>
        where TRecord : class
    {
        app.MapGet($"{route}/{{id:{idConstraint}}}", (TId id, TStore uploads) =>
            uploads.Find(id) is { } upload ? TypedResults.Ok(upload) : notFound(id));

        app.MapDelete(route, (TStore uploads) =>
        {
            uploads.Clear();
            return TypedResults.NoContent();
        });
    }
}
