using DocumentUploads.AppHost.Hosting;

namespace DocumentUploads.AppHost.Tests.Hosting;

/// <summary>What <c>dotnet run --project AppHost</c> does with a configuration mistake: one clear
/// error line and exit code 1, never a stack trace or a half-started system.</summary>
public sealed class DistributedApplicationRunTests
{
    [Fact]
    public async Task A_malformed_component_file_is_named_and_the_run_exits_1()
    {
        var folder = Directory.CreateTempSubdirectory("dapr-components-");
        try
        {
            var file = Path.Combine(folder.FullName, "statestore.yaml");
            await File.WriteAllTextAsync(file, "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: statestore\n");
            var lines = new List<string>();
            var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { OutputSink = lines.Add });
            builder.AddDaprComponents(folder.FullName);

            Assert.Equal(1, await builder.Build().RunAsync());

            var error = Assert.Single(lines, l => l.StartsWith("[apphost] ERROR:", StringComparison.Ordinal));
            Assert.Contains(file, error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_port_clash_is_reported_and_the_run_exits_1()
    {
        var lines = new List<string>();
        var app = Repository.ComposedBuilder(new DistributedApplicationOptions { Args = ["--Ports:upload-api=5090"], OutputSink = lines.Add }).Build();

        Assert.Equal(1, await app.RunAsync());

        Assert.Contains(lines, l => l.StartsWith("[apphost] ERROR: Port 5090", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Starting", StringComparison.Ordinal));
    }
}
