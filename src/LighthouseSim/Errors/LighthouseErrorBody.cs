namespace DocumentUploads.LighthouseSim.Errors;

/// <summary><c>{"errors":[{"title","detail","code","status"}]}</c>, the body of every error answer.</summary>
public sealed record LighthouseErrorBody(IReadOnlyList<LighthouseError> Errors);
