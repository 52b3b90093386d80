using Dapper;
using DocumentUploads.Contracts.Features;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Features;

/// <summary>Flag overrides and their change history, in the service's database (tables from migration 002).</summary>
public sealed class FeatureFlagStore(SqlDialect sql) : IFeatureFlagStore
{
    private const string Columns = "name, enabled, users, percentage, changed_at, changed_by";

    public async Task<IReadOnlyList<FeatureFlagOverride>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FlagRow>(new CommandDefinition(
            $"SELECT {Columns} FROM feature_flags ORDER BY name", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOverride()).ToList();
    }

    public Task SaveAsync(FeatureFlagOverride flag, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var row = new
            {
                flag.Name, flag.Enabled, Users = sql.List(flag.Users), flag.Percentage, ChangedAt = sql.Time(flag.ChangedAt),
                flag.ChangedBy,
            };
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO feature_flags ({Columns})
                VALUES (@Name, @Enabled, @Users, @Percentage, @ChangedAt, @ChangedBy)
                ON CONFLICT (name) DO UPDATE SET enabled = excluded.enabled, users = excluded.users,
                    percentage = excluded.percentage, changed_at = excluded.changed_at, changed_by = excluded.changed_by
                """, row, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO feature_flag_changes ({Columns})
                VALUES (@Name, @Enabled, @Users, @Percentage, @ChangedAt, @ChangedBy)
                """, row, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);

    public async Task<IReadOnlyList<FeatureFlagOverride>> RecentChangesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FlagRow>(new CommandDefinition(
            $"SELECT {Columns} FROM feature_flag_changes ORDER BY id DESC LIMIT @limit",
            new { limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOverride()).ToList();
    }

    private sealed class FlagRow
    {
        public string Name { get; set; } = "";
        public object Enabled { get; set; } = false;
        public object Users { get; set; } = "[]";
        public long Percentage { get; set; }
        public object ChangedAt { get; set; } = 0L;
        public string ChangedBy { get; set; } = "";

        public FeatureFlagOverride ToOverride() => new(Name, StoredValues.Flag(Enabled), StoredValues.List<string>(Users),
            (int)Percentage, StoredValues.Time(ChangedAt), ChangedBy);
    }
}
