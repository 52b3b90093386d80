using System.Text.Json.Serialization;

namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>One document in a dashboard list. No file name or participant: those are on the document's own page.</summary>
public sealed record OpsDocumentRow(
    Guid Id,
    string Provider,
    string Status,
    string? Step,
    string? Error,
    string DocumentType,
    string? Form526Kind,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The step as operators name it ("in VBMS").</summary>
    [JsonPropertyOrder(1)]
    public string? StepLabel => StepLabels.Label(Step);
}
