namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

/// <summary>Every test class that needs the cluster joins this collection, which shares one
/// <see cref="PostgresFixture"/> (xunit 2 has no assembly fixtures).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL cluster";
}
