namespace DocumentUploads.Contracts.Workflow;

/// <summary>One Form 526 field that breaks a rule: the field, a stable code and a sentence for the caller.</summary>
public sealed record Form526RuleViolation(string Field, string Code, string Detail);
