namespace DocumentUploads.NotifySim.Notifications;

/// <summary><c>GET /_sim/notifications</c> (newest last, <c>?reference=</c> to filter) and
/// <c>DELETE /_sim/notifications</c> (forget everything, for tests); no auth: a loopback-only tool.</summary>
public static class RecordedNotificationEndpoints
{
    public const string Route = "/_sim/notifications";

    public static void MapRecordedNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (NotificationStore store, string? reference) => TypedResults.Ok(store.List(reference)));
        app.MapDelete(Route, (NotificationStore store, ILogger<NotificationStore> logger) =>
        {
            logger.LogWarning("Forgot all {Count} notifications", store.Clear());
            return TypedResults.NoContent();
        });
    }
}
