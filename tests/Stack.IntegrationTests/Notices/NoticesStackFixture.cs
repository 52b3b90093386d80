using Microsoft.Data.Sqlite;

namespace DocumentUploads.Stack.IntegrationTests.Notices;

/// <summary>The same stack as <see cref="StackFixture"/> with no scheduled poll cycles: documents move only when a
/// veteran reads them (the on-demand refresh) or a test triggers a cycle. Failure notices are sent every half second
/// and retried after a second, so each case plays out within a test.</summary>
public sealed class NoticesStackFixture : StackFixture
{
    protected override void Configure(IDictionary<string, string> settings)
    {
        settings["Polling:Enabled"] = "false";
        settings["Polling:OnDemandMaxAge"] = "00:00:01";
        settings["LighthouseSim:StepDuration"] = "00:00:00.050";
        settings["Notifications:Interval"] = "00:00:00.500";
        settings["Notifications:FirstRetryDelay"] = "00:00:01";
        settings["Notifications:MaxRetryDelay"] = "00:00:01";
        settings["Notifications:MaxAttempts"] = "20";
    }

    /// <summary>One number from document-workflow's SQLite file, read-only.</summary>
    public long Scalar(string sql, params (string Name, object Value)[] parameters) => Convert.ToInt64(Read(sql, parameters) ?? 0L);

    /// <summary>One text value from document-workflow's SQLite file, read-only.</summary>
    public string? Text(string sql, params (string Name, object Value)[] parameters) => Read(sql, parameters) as string;

    private object? Read(string sql, (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(
            $"Data Source={Path.Combine(DataDirectory, "workflow", "document-workflow.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteScalar();
    }
}
