namespace DocumentUploads.Stack.IntegrationTests;

public sealed record ErrorAnswer(IReadOnlyList<ErrorItem> Errors);
