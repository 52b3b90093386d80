using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>A <c>document_transitions</c> row, one entry of a document's history.</summary>
internal sealed class TransitionRow
{
    public string? FromStatus { get; set; }
    public string? FromStep { get; set; }
    public string ToStatus { get; set; } = "";
    public string? Step { get; set; }
    public string? Detail { get; set; }
    public string? ProviderStatus { get; set; }
    public string Kind { get; set; } = "";
    public object At { get; set; } = 0L;

    public Transition ToTransition() => new(
        FromStatus is null ? null : DocumentStateExtensions.ParseStatus(FromStatus), FromStep,
        DocumentStateExtensions.ParseStatus(ToStatus), Step, Detail, ProviderStatus, TransitionKinds.Parse(Kind),
        StoredValues.Time(At));
}
