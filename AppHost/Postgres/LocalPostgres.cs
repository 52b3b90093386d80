namespace DocumentUploads.AppHost.Postgres;

/// <summary>A PostgreSQL server run by the AppHost and the connection string of one database on it.</summary>
internal sealed record LocalPostgres(IResourceBuilder<ExecutableResource> Server, IResourceBuilder<ConnectionStringResource> Database);
