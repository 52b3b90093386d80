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
    /// <summary>First line of a script that must run outside a transaction, statement by statement (PostgreSQL's
    /// <c>CREATE INDEX CONCURRENTLY</c>, which builds an index on a live table without blocking its writes).
    /// Such a script is recorded only after its last statement, so it must be safe to run again from the top.</summary>
    public const string NoTransactionMarker = "-- migration: no transaction";

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
            if (sql.StartsWith(NoTransactionMarker, StringComparison.Ordinal))
            {
                foreach (var statement in Statements(sql))
                {
                    await connection.ExecuteAsync(new CommandDefinition(statement, cancellationToken: cancellationToken));
                }
                await RecordAsync(connection, null, version, name, cancellationToken);
            }
            else
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
                await RecordAsync(connection, transaction, version, name, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            logger.LogInformation("Applied schema migration {Version} {Name}", version, name);
            count++;
        }
        return count;
    }

    private static Task RecordAsync(DbConnection connection, DbTransaction? transaction, long version, string name,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
            new { version, name, at = DateTimeOffset.UtcNow.ToString("O") }, transaction, cancellationToken: cancellationToken));

    /// <summary>The statements of a no-transaction script: split where a line ends with a semicolon (such
    /// scripts hold only simple DDL, no functions or quoted semicolons), comment-only pieces dropped.</summary>
    public static IReadOnlyList<string> Statements(string sql) =>
        System.Text.RegularExpressions.Regex.Split(sql, @";[ \t]*\r?\n|;[ \t]*$")
            .Select(s => s.Trim())
            .Where(s => s.Split('\n').Any(line => line.Trim() is { Length: > 0 } l && !l.StartsWith("--", StringComparison.Ordinal)))
            .ToList();

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
