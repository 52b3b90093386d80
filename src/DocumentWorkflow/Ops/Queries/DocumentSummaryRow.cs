using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>The columns of <see cref="OpsSql.RowColumns"/> as a query returns them.</summary>
internal sealed class DocumentSummaryRow
{
    public object Id { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Step { get; set; }
    public string? Error { get; set; }
    public string DocumentType { get; set; } = "";
    public string? Form526Kind { get; set; }
    public object CreatedAt { get; set; } = 0L;
    public object UpdatedAt { get; set; } = 0L;

    public OpsDocumentRow ToRow() => new(StoredValues.Id(Id), Provider, Status, Step, Error, DocumentType, Form526Kind,
        StoredValues.Time(CreatedAt), StoredValues.Time(UpdatedAt));
}
