using System.Diagnostics;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Testing;

namespace DocumentUploads.AppHost.Tests.Launching;

/// <summary>Applications made of the stand-in service (tests/AppHost.Tests.TestService), so the
/// launcher is tested against real child processes without the real services.</summary>
internal static class TestServiceComposition
{
    // Relative to the AppHost project, like the real composition's paths. The port is never used:
    // the launcher tests always allocate free ports.
    private const string ProjectPath = "../tests/AppHost.Tests.TestService/AppHost.Tests.TestService.csproj";
    private static int _nextNominalPort = 20000;

    public static IResourceBuilder<ProjectResource> AddTestService(this DistributedApplicationBuilder builder, string name) =>
        builder.AddProject(name, ProjectPath, Interlocked.Increment(ref _nextNominalPort));

    public static Task<DistributedApplication> CreateAsync(Action<DistributedApplicationBuilder> compose, CapturedOutput output,
        TimeSpan? startupTimeout = null, IDictionary<string, string>? environment = null)
    {
        var options = new DistributedApplicationTestingOptions
        {
            LogSink = output.Add,
            StartupTimeout = startupTimeout ?? TimeSpan.FromSeconds(30),
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) options.EnvironmentVariables[name] = value;
        return DistributedApplicationTestingBuilder.CreateAsync(compose, options);
    }

    public static void AssertGone(int? processId)
    {
        Assert.NotNull(processId);
        try
        {
            using var process = Process.GetProcessById(processId.Value);
            Assert.True(process.HasExited, $"process {processId} is still running");
        }
        catch (ArgumentException)
        {
            // No such process: gone.
        }
    }
}
