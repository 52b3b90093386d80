using System.Text.Json;
using DocumentUploads.NotifySim.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.NotifySim.Notifications;

/// <summary><c>POST /v2/notifications/email</c>: validates the body and records the notification
/// (201 with its id); a repeated reference answers with the first notification instead.</summary>
public static class SendEmailEndpoint
{
    public static void MapSendEmailEndpoint(this IEndpointRouteBuilder api) => api.MapPost("/email", SendAsync);

    private static async Task<Results<Created<NotificationCreated>, JsonHttpResult<NotifyErrorBody>>> SendAsync(
        HttpRequest request, NotificationStore store, TimeProvider time, ILogger<NotificationStore> logger)
    {
        EmailRequestReading reading;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            reading = EmailRequestReader.Read(body.RootElement);
        }
        catch (JsonException)
        {
            return NotifyErrors.Create(StatusCodes.Status400BadRequest, NotifyErrors.BadRequestError, "Invalid JSON supplied in POST data");
        }
        if (reading.Problem is { } problem) return NotifyErrors.Validation(problem);

        var email = reading.Request!;
        var candidate = new RecordedNotification(Guid.NewGuid(), email.Reference, email.TemplateId, email.EmailAddress,
            email.RecipientIdentifier, email.Personalisation, time.GetUtcNow());
        var notification = store.Record(candidate, out var recorded);
        // Ids only: the address, the identifier's value and the personalisation are personal data.
        if (recorded) logger.LogInformation("Notification {NotificationId} recorded for template {TemplateId}", notification.Id, notification.TemplateId);
        else logger.LogInformation("A send repeated the reference of notification {NotificationId}; answered with it", notification.Id);

        var baseUri = $"{request.Scheme}://{request.Host}";
        var uri = $"{baseUri}{NotifySimApp.ApiBasePath}/{notification.Id}";
        var content = new NotificationContent($"notify-sim: template {notification.TemplateId}",
            $"notify-sim renders no templates; it received {notification.Personalisation?.Count ?? 0} personalisation fields.");
        var template = new NotificationTemplate(notification.TemplateId, 1, $"{baseUri}/v2/template/{notification.TemplateId}");
        return TypedResults.Created(uri, new NotificationCreated(notification.Id, notification.Reference, content, template, uri));
    }
}
