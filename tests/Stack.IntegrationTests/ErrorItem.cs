namespace DocumentUploads.Stack.IntegrationTests;

public sealed record ErrorItem(string Title, string Detail, string Code, string Status);
