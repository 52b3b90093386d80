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

    /// <summary>Creates and starts the application. Free ports are picked before the services bind them, and another
    /// process on the machine (a parallel test run) can take one in between: the launcher then reports that
    /// service's failure, and this tries again on newly allocated ports, up to <paramref name="attempts"/> starts.
    /// Any other failure fails on the last attempt too.</summary>
    public static async Task<DistributedApplication> StartAsync(Action<DistributedApplicationBuilder> compose,
        DistributedApplicationTestingOptions options, int attempts = 3, CancellationToken cancellationToken = default)
    {
        if (!options.AllocateFreePorts) attempts = 1; // the same fixed ports would fail the same way
        for (var attempt = 1; ; attempt++)
        {
            var app = await CreateAsync(compose, options, cancellationToken);
            try
            {
                await app.StartAsync(cancellationToken);
                return app;
            }
            catch (DistributedApplicationException ex) when (attempt < attempts)
            {
                options.LogSink?.Invoke($"[testing] start {attempt} of {attempts} failed, retrying on fresh ports: {ex.Message}");
                await app.DisposeAsync();
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary><see cref="StartAsync(Action{DistributedApplicationBuilder}, DistributedApplicationTestingOptions, int, CancellationToken)"/>
    /// for the system's own composition.</summary>
    public static Task<DistributedApplication> StartAsync(DistributedApplicationTestingOptions options, int attempts = 3,
        CancellationToken cancellationToken = default) =>
        StartAsync(DocumentUploadsComposition.Compose, options, attempts, cancellationToken);

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
