namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>What retention will do with one document.</summary>
/// <param name="DeletableFrom">From when a purge deletes it; null when it never will.</param>
/// <param name="Rule">Why, in words for the operator.</param>
public sealed record RetentionOutlook(DateTimeOffset? DeletableFrom, string Rule);
