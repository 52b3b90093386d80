using DocumentUploads.AppHost.Hosting;

namespace DocumentUploads.AppHost.Testing;

/// <summary>Builds the application for a test, from the same composition <c>dotnet run</c> uses
/// (Aspire.Hosting.Testing's role). Dispose the result: that stops every child process, also
/// after a failed or cancelled start.</summary>
/// <example><code>
/// await using var app = await DistributedApplicationTestingBuilder.CreateAsync(new() { LogSink = output.WriteLine });
/// await app.StartAsync(cancellationToken);
/// using var client = app.CreateHttpClient("upload-api");
/// </code></example>
public static class DistributedApplicationTestingBuilder
{
    public static Task<DistributedApplication> CreateAsync(DistributedApplicationTestingOptions? options = null,
        CancellationToken cancellationToken = default) =>
        CreateAsync(DocumentUploadsComposition.Compose, options, cancellationToken);

    /// <summary>For a composition other than the system's own (the AppHost's own tests use a stand-in service).</summary>
    public static Task<DistributedApplication> CreateAsync(Action<DistributedApplicationBuilder> compose,
        DistributedApplicationTestingOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new DistributedApplicationTestingOptions();
        var applicationOptions = new DistributedApplicationOptions
        {
            Args = [.. options.Args],
            AllocateFreePorts = options.AllocateFreePorts,
            StartupTimeout = options.StartupTimeout,
            // Tests read what they need from the sink; the console would only interleave parallel runs.
            OutputSink = options.LogSink ?? (_ => { }),
        };
        foreach (var (name, value) in options.EnvironmentVariables) applicationOptions.EnvironmentVariables[name] = value;

        var builder = DistributedApplication.CreateBuilder(applicationOptions);
        compose(builder);
        return Task.FromResult(builder.Build());
    }
}
