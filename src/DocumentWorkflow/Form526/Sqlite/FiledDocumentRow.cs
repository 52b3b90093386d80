namespace DocumentUploads.DocumentWorkflow.Form526.Sqlite;

/// <summary>The Form 526 columns of a <c>documents</c> row as SQLite returns them (ids as text).</summary>
internal sealed class FiledDocumentRow
{
    public string Form526SubmissionId { get; set; } = "";
    public long Seq { get; set; }
    public string Id { get; set; } = "";
    public string? Form526Kind { get; set; }
    public string? AttachmentId { get; set; }
    public string Status { get; set; } = "";

    public (string, Form526FiledDocument) ToFiled() =>
        (Form526SubmissionId, new Form526FiledDocument(Seq, Guid.Parse(Id), Form526Kind ?? "", AttachmentId, Status));
}
