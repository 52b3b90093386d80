using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>Stable snake_case names for transition kinds, as stored and as metric tags.</summary>
public static class TransitionKinds
{
    public static string ToName(TransitionKind kind) => kind switch
    {
        TransitionKind.Registered => "registered",
        TransitionKind.Progressed => "progressed",
        TransitionKind.Completed => "completed",
        TransitionKind.Failed => "failed",
        TransitionKind.NotFound => "not_found",
        TransitionKind.TimedOut => "timed_out",
        TransitionKind.UploadFailed => "upload_failed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static TransitionKind Parse(string name) =>
        Enum.GetValues<TransitionKind>().First(k => ToName(k) == name);
}
