namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>The stack on PostgreSQL runs apart from the shared SQLite stack.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresStackCollection
{
    public const string Name = "postgres-stack";
}
