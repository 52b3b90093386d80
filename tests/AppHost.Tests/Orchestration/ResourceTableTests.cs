using DocumentUploads.AppHost.Orchestration;

namespace DocumentUploads.AppHost.Tests.Orchestration;

public sealed class ResourceTableTests
{
    [Fact]
    public void Columns_line_up_and_states_show_exit_codes()
    {
        var lines = ResourceTable.Format(
        [
            new("upload-api", "Project", new ResourceState(ResourceStateKind.Running), new Uri("http://127.0.0.1:5080"), 1234),
            new("upload-api-dapr", "DaprSidecar", new ResourceState(ResourceStateKind.Exited, 3), new Uri("http://127.0.0.1:40001"), null),
        ]);

        Assert.Equal(
        [
            "NAME             TYPE         STATE      URL                     PID",
            "upload-api       Project      Running    http://127.0.0.1:5080   1234",
            "upload-api-dapr  DaprSidecar  Exited(3)  http://127.0.0.1:40001  -",
        ], lines);
    }
}
