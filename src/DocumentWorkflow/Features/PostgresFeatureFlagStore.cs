using Dapper;
using DocumentUploads.Contracts.Features;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Features;

/// <summary>Flag overrides in the PostgreSQL database shared by all replicas (migration 002).</summary>
public sealed class PostgresFeatureFlagStore(NpgsqlDataSource dataSource) : IFeatureFlagStore
{
    public async Task<IReadOnlyList<FeatureFlagOverride>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FlagRow>(new CommandDefinition(
            "SELECT name, enabled, users, percentage, changed_at, changed_by FROM feature_flags ORDER BY name",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOverride()).ToList();
    }

    public async Task SaveAsync(FeatureFlagOverride flag, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = FlagRow.From(flag);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO feature_flags (name, enabled, users, percentage, changed_at, changed_by)
            VALUES (@Name, @Enabled, @Users, @Percentage, @ChangedAt, @ChangedBy)
            ON CONFLICT (name) DO UPDATE SET enabled = excluded.enabled, users = excluded.users,
                percentage = excluded.percentage, changed_at = excluded.changed_at, changed_by = excluded.changed_by
            """, row, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO feature_flag_changes (name, enabled, users, percentage, changed_at, changed_by)
            VALUES (@Name, @Enabled, @Users, @Percentage, @ChangedAt, @ChangedBy)
            """, row, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FeatureFlagOverride>> RecentChangesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FlagRow>(new CommandDefinition(
            "SELECT name, enabled, users, percentage, changed_at, changed_by FROM feature_flag_changes ORDER BY id DESC LIMIT @limit",
            new { limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOverride()).ToList();
    }

    private sealed class FlagRow
    {
        public string Name { get; set; } = "";
        public bool Enabled { get; set; }
        public string[] Users { get; set; } = [];
        public int Percentage { get; set; }
        public DateTime ChangedAt { get; set; }
        public string ChangedBy { get; set; } = "";

        public static FlagRow From(FeatureFlagOverride f) => new()
        {
            Name = f.Name, Enabled = f.Enabled, Users = [.. f.Users], Percentage = f.Percentage,
            ChangedAt = f.ChangedAt.UtcDateTime, ChangedBy = f.ChangedBy,
        };

        public FeatureFlagOverride ToOverride() => new(Name, Enabled, Users, Percentage,
            new DateTimeOffset(DateTime.SpecifyKind(ChangedAt, DateTimeKind.Utc)), ChangedBy);
    }
}
