namespace DocumentUploads.NotifySim.Notifications;

/// <summary>What <see cref="EmailRequestReader"/> made of a body: the request, or why it is invalid.</summary>
public sealed record EmailRequestReading(EmailNotificationRequest? Request, string? Problem)
{
    public static EmailRequestReading Invalid(string problem) => new(null, problem);
}
