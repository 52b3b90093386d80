using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage.Postgres;

internal sealed class TransitionRow
{
    public string? FromStatus { get; set; }
    public string? FromStep { get; set; }
    public string ToStatus { get; set; } = "";
    public string? Step { get; set; }
    public string? Detail { get; set; }
    public string? ProviderStatus { get; set; }
    public string Kind { get; set; } = "";
    public DateTime At { get; set; }

    public Transition ToTransition() => new(
        FromStatus is null ? null : DocumentStateExtensions.ParseStatus(FromStatus), FromStep,
        DocumentStateExtensions.ParseStatus(ToStatus), Step, Detail, ProviderStatus, TransitionKinds.Parse(Kind),
        PostgresTimes.Read(At));
}
