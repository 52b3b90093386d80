namespace DocumentUploads.DocumentWorkflow.Domain;

/// <summary>The per-document state machine. Pure: given where a document is, what its provider
/// said and the time, it returns the transition to apply, or null when nothing changes.</summary>
public static class DocumentStateMachine
{
    public const string NotFoundDetail = "The provider has no record of this document.";
    public const string TimedOutDetail = "The provider has not reported a final status in time.";

    public static Transition Register(DateTimeOffset at) =>
        new(null, null, DocumentState.Submitted, null, null, null, TransitionKind.Registered, at);

    public static Transition RegisterUploadFailure(string error, DateTimeOffset at) =>
        new(null, null, DocumentState.UploadFailed, null, error, null, TransitionKind.UploadFailed, at);

    public static Transition? Apply(DocumentSnapshot document, ProviderObservation observation, PollingPolicy policy,
        DateTimeOffset now)
    {
        if (document.State.IsTerminal()) return null; // terminal documents are not polled; a stray answer changes nothing

        var age = now - document.UploadedAt;
        var timedOut = age >= policy.TimeoutAfter;

        return observation switch
        {
            ProviderObservation.Succeeded => Change(document, DocumentState.Completed, null, null, observation,
                TransitionKind.Completed, now),
            ProviderObservation.Failed failed => Change(document, DocumentState.Failed, failed.Step, failed.Detail,
                observation, TransitionKind.Failed, now),
            ProviderObservation.InProgress progress => Moving(document, progress.Step, timedOut, observation, now),
            ProviderObservation.NotFound when age >= policy.NotFoundGrace => Change(document, DocumentState.NotFound,
                document.Step, NotFoundDetail, observation, TransitionKind.NotFound, now),
            // Not found within the grace window, not mentioned, or a status we do not know:
            // the provider told us nothing new, so only the clock can move the document.
            _ => Moving(document, document.Step, timedOut, observation, now),
        };
    }

    private static Transition? Moving(DocumentSnapshot document, string? step, bool timedOut,
        ProviderObservation observation, DateTimeOffset now)
    {
        if (document.State == DocumentState.TimedOut)
        {
            // Already timed out: a new step is progress worth recording, not a second time-out.
            return Change(document, DocumentState.TimedOut, step, null, observation, TransitionKind.Progressed, now);
        }
        if (timedOut)
        {
            return Change(document, DocumentState.TimedOut, step, TimedOutDetail, observation, TransitionKind.TimedOut, now);
        }
        if (step is null) return null; // still submitted and nothing reported
        return Change(document, DocumentState.InProgress, step, null, observation, TransitionKind.Progressed, now);
    }

    private static Transition? Change(DocumentSnapshot document, DocumentState to, string? step, string? detail,
        ProviderObservation observation, TransitionKind kind, DateTimeOffset now)
    {
        if (document.State == to && document.Step == step) return null;
        return new Transition(document.State, document.Step, to, step, detail, observation.ProviderStatus, kind, now);
    }
}
