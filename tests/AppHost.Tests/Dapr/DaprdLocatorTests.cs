using DocumentUploads.AppHost.Dapr;

namespace DocumentUploads.AppHost.Tests.Dapr;

public sealed class DaprdLocatorTests
{
    private static Func<string, bool> Existing(params string[] files) => files.Contains;

    [Fact]
    public void DAPR_PATH_pointing_at_daprd_wins()
    {
        var environment = new Dictionary<string, string> { ["DAPR_PATH"] = "/opt/dapr/daprd", ["PATH"] = "/usr/bin" };

        Assert.Equal("/opt/dapr/daprd", DaprdLocator.Find(environment, Existing("/opt/dapr/daprd", "/usr/bin/daprd")));
    }

    [Fact]
    public void DAPR_PATH_may_name_the_folder_holding_daprd()
    {
        var environment = new Dictionary<string, string> { ["DAPR_PATH"] = "/opt/dapr" };

        Assert.Equal(Path.Combine("/opt/dapr", "daprd"), DaprdLocator.Find(environment, Existing("/opt/dapr/daprd")));
    }

    [Fact]
    public void DAPR_PATH_pointing_at_nothing_is_an_error_not_a_silent_fallback()
    {
        var environment = new Dictionary<string, string> { ["DAPR_PATH"] = "/nowhere/daprd" };

        var error = Assert.Throws<InvalidOperationException>(() => DaprdLocator.Find(environment, Existing()));
        Assert.Contains("/nowhere/daprd", error.Message);
    }

    [Fact]
    public void Daprd_on_PATH_is_found()
    {
        var environment = new Dictionary<string, string> { ["PATH"] = $"/usr/local/bin{Path.PathSeparator}/home/dev/.dapr/bin" };

        Assert.Equal("/home/dev/.dapr/bin/daprd", DaprdLocator.Find(environment, Existing("/home/dev/.dapr/bin/daprd")));
    }

    [Fact]
    public void Without_daprd_it_is_embedded_mode()
    {
        var environment = new Dictionary<string, string> { ["PATH"] = "/usr/bin", ["DAPR_PATH"] = "" };

        Assert.Null(DaprdLocator.Find(environment, Existing("/usr/bin/dotnet")));
    }
}
