using System.Text.Json;
using Dapper;
using DocumentUploads.Contracts.Features;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Features;

/// <summary>Flag overrides in the same SQLite file as the documents (tables from migration 002).</summary>
public sealed class SqliteFeatureFlagStore(string connectionString) : IFeatureFlagStore
{
    private readonly SqliteWriteGate _writes = SqliteWriteGate.For(connectionString);

    public async Task<IReadOnlyList<FeatureFlagOverride>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        var rows = await connection.QueryAsync<FlagRow>(new CommandDefinition(
            "SELECT name, enabled, users, percentage, changed_at, changed_by FROM feature_flags ORDER BY name",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOverride()).ToList();
    }

    public Task SaveAsync(FeatureFlagOverride flag, CancellationToken cancellationToken) =>
        _writes.WriteAsync(async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
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
        }, cancellationToken);

    public async Task<IReadOnlyList<FeatureFlagOverride>> RecentChangesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        var rows = await connection.QueryAsync<FlagRow>(new CommandDefinition(
            "SELECT name, enabled, users, percentage, changed_at, changed_by FROM feature_flag_changes ORDER BY id DESC LIMIT @limit",
            new { limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOverride()).ToList();
    }

    private sealed class FlagRow
    {
        public string Name { get; set; } = "";
        public long Enabled { get; set; }
        public string Users { get; set; } = "[]";
        public long Percentage { get; set; }
        public long ChangedAt { get; set; }
        public string ChangedBy { get; set; } = "";

        public static FlagRow From(FeatureFlagOverride f) => new()
        {
            Name = f.Name, Enabled = f.Enabled ? 1 : 0, Users = JsonSerializer.Serialize(f.Users), Percentage = f.Percentage,
            ChangedAt = f.ChangedAt.ToUnixTimeMilliseconds(), ChangedBy = f.ChangedBy,
        };

        public FeatureFlagOverride ToOverride() => new(Name, Enabled != 0, JsonSerializer.Deserialize<string[]>(Users) ?? [],
            (int)Percentage, DateTimeOffset.FromUnixTimeMilliseconds(ChangedAt), ChangedBy);
    }
}
