namespace DocumentUploads.AppHost.Secrets;

/// <summary>Which environment variable of a process carries which generated secret.</summary>
public sealed record SecretAssignment(string VariableName, GeneratedSecret Secret);
