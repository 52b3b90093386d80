using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests;

/// <summary>How a no-transaction migration script is cut into the statements run one by one.</summary>
public sealed class SqlMigrationRunnerTests
{
    [Fact]
    public void A_no_transaction_script_runs_each_statement_on_its_own_comments_kept_with_the_next_one()
    {
        var script = SqlMigrationRunner.NoTransactionMarker + "\n-- why\nDROP INDEX CONCURRENTLY IF EXISTS ix_a;\r\n" +
                     "CREATE INDEX CONCURRENTLY ix_a\n    ON t (a, b);  \n-- a trailing comment\n";

        Assert.Equal(
        [
            SqlMigrationRunner.NoTransactionMarker + "\n-- why\nDROP INDEX CONCURRENTLY IF EXISTS ix_a",
            "CREATE INDEX CONCURRENTLY ix_a\n    ON t (a, b)",
        ], SqlMigrationRunner.Statements(script));
    }

    [Fact]
    public void A_last_statement_without_a_newline_is_kept()
    {
        Assert.Equal(["SELECT 1", "SELECT 2"], SqlMigrationRunner.Statements("SELECT 1;\nSELECT 2;"));
        Assert.Equal(["SELECT 1", "SELECT 2"], SqlMigrationRunner.Statements("SELECT 1;\nSELECT 2"));
    }
}
