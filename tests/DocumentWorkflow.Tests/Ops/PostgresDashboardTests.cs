using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Tests.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>The dashboard served by the app on PostgreSQL (Storage:Provider=postgres), over real HTTP: the
/// registration picks the PostgreSQL queries and the numbers come out the same as on SQLite.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Summary_failures_and_stuck_count_the_seed_in_json_and_on_the_pages()
    {
        var database = await postgres.Cluster.CreateDatabaseAsync();
        await using var host = await DashboardHost.StartAsync("Production", "--Storage:Provider=postgres",
            $"--Storage:ConnectionString={postgres.Cluster.ConnectionString(database)}");
        var seed = host.Seed;
        var now = DateTimeOffset.UtcNow;
        await seed.MoveAsync(await seed.RegisterAsync(now.AddHours(-2)), DocumentState.Completed, null, TransitionKind.Completed, now.AddHours(-1));
        var failed = await seed.MoveAsync(await seed.RegisterAsync(now.AddHours(-3)), DocumentState.Failed, "CLAIMS_EVIDENCE",
            TransitionKind.Failed, now.AddMinutes(-5), "VBMS refused it");
        await seed.RegisterAsync(now.AddHours(-30), provider: "champva");

        using var client = host.Bearer(host.OpsToken());
        var summary = await client.GetFromJsonAsync<JsonElement>("/ops/api/summary");
        var failures = await client.GetFromJsonAsync<JsonElement>("/ops/api/failures");
        var stuck = await client.GetFromJsonAsync<JsonElement>("/ops/api/stuck");
        var day = await client.GetFromJsonAsync<JsonElement>("/ops/api/throughput?range=24h");
        var overview = DashboardHost.Metrics(await client.GetStringAsync("/ops"));

        Assert.Equal(3, summary.GetProperty("total").GetInt64());
        Assert.Equal((failed.Id, "in VBMS", "VBMS refused it"), (failures[0].GetProperty("id").GetGuid(),
            failures[0].GetProperty("stepLabel").GetString(), failures[0].GetProperty("error").GetString()));
        Assert.Equal((1L, 0L), (stuck.GetProperty("pastWarning").GetInt64(), stuck.GetProperty("pastCritical").GetInt64()));
        Assert.Equal((2L, 1L, 1L), (day.GetProperty("uploads").GetInt64(), day.GetProperty("completions").GetInt64(),
            day.GetProperty("failures").GetInt64()));
        Assert.Equal((3, 1, 1, 2, 1, 1), (overview["total"], overview["status.failed.CLAIMS_EVIDENCE"], overview["stuck.warning"],
            overview["24h.uploads"], overview["24h.completions"], overview["24h.failures"]));
    }
}
