namespace DocumentUploads.Contracts.Workflow;

/// <summary>The document type a Form 526 document is filed as, or why there is none.</summary>
public sealed record Form526DocumentTypeChoice(string? DocumentType, Form526RuleViolation? Violation);
