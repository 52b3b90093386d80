using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>The Form 526 columns of a <c>documents</c> row.</summary>
internal sealed class FiledDocumentRow
{
    public string Form526SubmissionId { get; set; } = "";
    public long Seq { get; set; }
    public object Id { get; set; } = "";
    public string? Form526Kind { get; set; }
    public string? AttachmentId { get; set; }
    public string Status { get; set; } = "";

    public (string, Form526FiledDocument) ToFiled() =>
        (Form526SubmissionId, new Form526FiledDocument(Seq, StoredValues.Id(Id), Form526Kind ?? "", AttachmentId, Status));
}
