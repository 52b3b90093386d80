using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Storage.Postgres;

/// <summary>Builds the one pooled <see cref="NpgsqlDataSource"/> the service uses, from
/// <c>Storage:ConnectionString</c> or else <c>ConnectionStrings:documents</c>.</summary>
internal static class PostgresDataSources
{
    public const string ConnectionStringName = "documents";

    public static NpgsqlDataSource Create(StorageSettings settings, IConfiguration configuration, ILoggerFactory loggerFactory)
    {
        var connectionString = settings.ConnectionString is { Length: > 0 } configured
            ? configured
            : configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            // Names the keys only: the value (with its password) is never logged or echoed.
            throw new InvalidOperationException(
                $"Storage:Provider is 'postgres' but no connection string is configured: set " +
                $"'{StorageSettings.SectionName}:{nameof(StorageSettings.ConnectionString)}' or " +
                $"'ConnectionStrings:{ConnectionStringName}' (e.g. ConnectionStrings__{ConnectionStringName}).");
        }

        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or FormatException)
        {
            // Npgsql's message can quote the offending part of the string, so it is not passed on.
            throw new InvalidOperationException(
                $"The PostgreSQL connection string ('{StorageSettings.SectionName}:{nameof(StorageSettings.ConnectionString)}' " +
                $"or 'ConnectionStrings:{ConnectionStringName}') is not valid.");
        }
        // Shows up in pg_stat_activity, so operators can tell our sessions apart.
        parsed.ApplicationName ??= "document-workflow";

        return new NpgsqlDataSourceBuilder(parsed.ConnectionString).UseLoggerFactory(loggerFactory).Build();
    }
}
