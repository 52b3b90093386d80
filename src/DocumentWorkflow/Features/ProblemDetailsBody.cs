namespace DocumentUploads.DocumentWorkflow.Features;

/// <summary>A machine-readable code and a sentence for an operator.</summary>
public sealed record ProblemDetailsBody(string Code, string Detail);
