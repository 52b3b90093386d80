namespace DocumentUploads.ChampvaSim.Errors;

public sealed record ChampvaErrorDetail(string Code, string Message);
