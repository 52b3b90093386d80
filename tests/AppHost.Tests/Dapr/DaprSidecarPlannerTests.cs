using DocumentUploads.AppHost.Dapr;

namespace DocumentUploads.AppHost.Tests.Dapr;

public sealed class DaprSidecarPlannerTests
{
    private static readonly DaprResources Resources = DaprResources.Load(Repository.ComponentsFolder);
    private static readonly DaprSidecarTokens Tokens = new("dapr-token", "app-token");

    private static DaprSidecarLaunch Plan(bool appTakesOnlySidecarCalls = true) => DaprSidecarPlanner.Plan(
        "/opt/dapr/daprd", "document-workflow", 5090, appTakesOnlySidecarCalls, new DaprSidecarPorts(41000, 41001, 41002), Tokens, Resources);

    [Fact]
    public void Daprd_gets_the_app_its_ports_the_components_and_the_tracing_config()
    {
        var launch = Plan();

        Assert.Equal("document-workflow-dapr", launch.Name);
        Assert.Equal("/opt/dapr/daprd", launch.Executable);
        Assert.Equal(
        [
            "--app-id", "document-workflow",
            "--app-port", "5090",
            "--app-protocol", "http",
            "--dapr-http-port", "41000",
            "--dapr-grpc-port", "41001",
            "--metrics-port", "41002",
            "--dapr-listen-addresses", "127.0.0.1",
            "--resources-path", Repository.ComponentsFolder,
            "--config", Path.Combine(Repository.ComponentsFolder, "tracing.yaml"),
            "--log-level", "info",
        ], launch.Arguments);
        Assert.Equal(new Uri("http://127.0.0.1:41000"), launch.HttpEndpoint);
    }

    [Fact]
    public void App_and_sidecar_share_one_token_pair()
    {
        var launch = Plan();

        Assert.Equal("41000", launch.AppEnvironment["DAPR_HTTP_PORT"]);
        Assert.Equal("41001", launch.AppEnvironment["DAPR_GRPC_PORT"]);
        Assert.Equal("dapr-token", launch.AppEnvironment["DAPR_API_TOKEN"]);
        Assert.Equal("dapr-token", launch.Environment["DAPR_API_TOKEN"]);
        Assert.Equal("app-token", launch.AppEnvironment["APP_API_TOKEN"]);
        Assert.Equal("app-token", launch.Environment["APP_API_TOKEN"]);
    }

    [Fact]
    public void An_app_browsers_call_directly_gets_no_app_token_that_would_lock_them_out()
    {
        var launch = Plan(appTakesOnlySidecarCalls: false);

        Assert.Equal("dapr-token", launch.AppEnvironment["DAPR_API_TOKEN"]);
        Assert.False(launch.AppEnvironment.ContainsKey("APP_API_TOKEN"));
        Assert.False(launch.Environment.ContainsKey("APP_API_TOKEN"));
    }

    [Fact]
    public void Generated_tokens_are_distinct_and_hidden_from_ToString()
    {
        var tokens = DaprSidecarTokens.CreateRandom();

        Assert.NotEqual(tokens.DaprApiToken, tokens.AppApiToken);
        Assert.Equal(64, tokens.DaprApiToken.Length);
        Assert.DoesNotContain(tokens.DaprApiToken, tokens.ToString());
    }
}
