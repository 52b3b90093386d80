using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Composition;

public sealed class PostgresResourceTests
{
    [Fact]
    public async Task On_the_postgres_store_the_AppHost_runs_a_loopback_server_and_hands_document_workflow_its_connection_string()
    {
        await using var model = await ComposedModel.BuildAsync("--Storage:Provider=postgres", "--Postgres:DataDirectory=/tmp/du-pg-model");

        var server = model.Resource<ExecutableResource>("postgres");
        var arguments = await ComposedModel.ArgumentsOf(server);
        var port = ComposedModel.Port(model.AllocatedPort(server, "tcp"));
        Assert.Equal(["-D", "/tmp/du-pg-model", "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-p", port], arguments[^8..]);
        if (Environment.UserName == "root") Assert.Equal(["-u", "postgres", "--"], arguments[..3]);
        Assert.Contains(server.Annotations.OfType<HealthCheckAnnotation>(), _ => true);

        var workflow = model.Resource<ProjectResource>(AppIds.DocumentWorkflow);
        var connectionString = (await ComposedModel.EnvironmentOf(workflow))["ConnectionStrings__documents"];
        Assert.StartsWith($"Host=127.0.0.1;Port={port};Username=postgres;Password=", connectionString);
        Assert.EndsWith(";Database=documents", connectionString);
        Assert.Contains(workflow.Annotations.OfType<WaitAnnotation>(), wait => wait.Resource == server);
        Assert.True(model.Resource<ParameterResource>("postgres-password").Secret);
    }

    [Fact]
    public async Task On_the_default_store_no_database_server_is_started()
    {
        await using var model = await ComposedModel.BuildAsync();

        Assert.DoesNotContain(model.Builder.Resources, r => r.Name == "postgres");
        Assert.DoesNotContain("ConnectionStrings__documents",
            (await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.DocumentWorkflow))).Keys);
    }
}
