using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

/// <summary>How <c>Storage:*</c> settings choose and configure the PostgreSQL store.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageSettingsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_postgres_provider_uses_ConnectionStrings_documents_and_migrates_at_start_up()
    {
        var database = await postgres.Cluster.CreateDatabaseAsync();
        using var host = Build(new()
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:documents"] = postgres.Cluster.ConnectionString(database),
        });

        await host.StartAsync();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var dialect = host.Services.GetRequiredService<SqlDialect>();
        await host.StopAsync();

        Assert.IsType<PostgresDialect>(dialect);
        Assert.Empty(await store.RecentCyclesAsync(10, CancellationToken.None)); // the schema exists
    }

    [Fact]
    public void A_missing_connection_string_is_a_start_up_error_naming_the_keys()
    {
        using var host = Build(new() { ["Storage:Provider"] = "postgres" });

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IDocumentStore>());

        Assert.Contains("Storage:ConnectionString", error.Message);
        Assert.Contains("ConnectionStrings:documents", error.Message);
    }

    [Fact]
    public void A_malformed_connection_string_is_reported_without_echoing_it()
    {
        using var host = Build(new()
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = "Host=db;Password=hunter2-secret;NoSuchKeyword=1",
        });

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IDocumentStore>());

        Assert.DoesNotContain("hunter2-secret", error.ToString());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddDocumentStore(builder.Configuration);
        return builder.Build();
    }
}
