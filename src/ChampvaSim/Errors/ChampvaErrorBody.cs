namespace DocumentUploads.ChampvaSim.Errors;

/// <summary><c>{"error":{"code":"...","message":"..."}}</c>, the body of every error answer.</summary>
public sealed record ChampvaErrorBody(ChampvaErrorDetail Error);
