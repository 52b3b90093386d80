namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>GET/PUT /ops/api/documents/{id}/keep: the document's keep mark and what retention will do with it.</summary>
public sealed record DocumentRetentionView(
    Guid DocumentId,
    bool Kept,
    DateTimeOffset? KeptAt,
    string? KeptBy,
    string? KeepReason,
    DateTimeOffset? DeletableFrom,
    string Rule)
{
    public static DocumentRetentionView From(DocumentRetentionFacts facts, TimeSpan finishedAfter)
    {
        var outlook = RetentionRules.Outlook(facts, finishedAfter);
        return new DocumentRetentionView(facts.DocumentId, facts.Keep is not null, facts.Keep?.KeptAt, facts.Keep?.KeptBy,
            facts.Keep?.Reason, outlook.DeletableFrom, outlook.Rule);
    }
}
