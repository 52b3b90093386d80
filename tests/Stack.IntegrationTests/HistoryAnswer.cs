namespace DocumentUploads.Stack.IntegrationTests;

public sealed record HistoryAnswer(string? From, string To, string? Step, string? Detail, DateTimeOffset At, string? ProviderStatus);
