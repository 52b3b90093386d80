using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>Applies the embedded, numbered SQL scripts (<c>001_initial.sql</c>, ...) that a
/// database has not seen yet, each in its own transaction, and records them in
/// <c>schema_migrations</c>. Scripts are never edited once landed; a change is a new script.</summary>
public sealed class SqlMigrationRunner(string resourceFolder, ILogger logger)
{
    public async Task<int> ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();

        var count = 0;
        foreach (var (version, name, sql) in Scripts())
        {
            if (applied.Contains(version)) continue;
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = DateTimeOffset.UtcNow.ToString("O") }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied schema migration {Version} {Name}", version, name);
            count++;
        }
        return count;
    }

    private IEnumerable<(long Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(SqlMigrationRunner).Assembly;
        var prefix = $"{assembly.GetName().Name}.{resourceFolder}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..^4];
                var version = long.Parse(name.Split('_')[0], System.Globalization.CultureInfo.InvariantCulture);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (version, name, reader.ReadToEnd());
            })
            .OrderBy(s => s.version);
    }
}
