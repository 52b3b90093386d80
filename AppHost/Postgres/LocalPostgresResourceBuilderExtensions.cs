using DocumentUploads.AppHost.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace DocumentUploads.AppHost.Postgres;

/// <summary>Runs PostgreSQL from the machine's own server binaries as an executable resource (no
/// Docker needed): on 127.0.0.1 only, data kept in a git-ignored folder across runs, and a password
/// made up for each run and set before the server starts.</summary>
internal static class LocalPostgresResourceBuilderExtensions
{
    public static LocalPostgres AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, string databaseName)
    {
        var cluster = new LocalPostgresCluster(
            PostgresBinDirectory.Find(),
            Path.GetFullPath(builder.Configuration["Postgres:DataDirectory"] is { Length: > 0 } configured
                ? configured
                : Path.Combine(builder.AppHostDirectory, "..", "data", "postgres")));
        var password = builder.AddParameter($"{name}-password", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);

        var (command, arguments) = cluster.ServerCommand();
        var server = builder.AddExecutable(name, command, builder.AppHostDirectory, [.. arguments])
            .WithEndpoint(name: "tcp", scheme: "tcp", port: ServicePorts.Resolve(builder.Configuration, name, defaultPort: null), isProxied: false);
        var port = server.GetEndpoint("tcp").Property(EndpointProperty.Port);
        server.WithArgs(context =>
        {
            context.Args.Add("-p");
            context.Args.Add(port);
        });

        // initdb on the first start; this run's password before every start.
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server.Resource, async (_, cancellationToken) =>
            await cluster.PrepareAsync(databaseName, (await password.Resource.GetValueAsync(cancellationToken))!, cancellationToken));

        var connectionString = ReferenceExpression.Create(
            $"Host={ServicePorts.LoopbackAddress};Port={port};Username={LocalPostgresCluster.SuperUser};Password={password.Resource};Database={databaseName}");

        // Ready means it takes connections with this run's password, not merely that the process runs.
        var healthCheck = $"{name}-accepts-connections";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
        {
            try
            {
                var connection = new NpgsqlConnectionStringBuilder(await connectionString.GetValueAsync(cancellationToken)) { Pooling = false };
                await using var open = new NpgsqlConnection(connection.ConnectionString);
                await open.OpenAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy(e.Message);
            }
        });
        server.WithHealthCheck(healthCheck);

        return new LocalPostgres(server, builder.AddConnectionString(databaseName, connectionString));
    }
}
