using Microsoft.Extensions.Hosting;

namespace DocumentUploads.AppHost.ClamAV;

/// <summary>Deletes this run's clamd configuration folder when the AppHost stops, so runs leave no files behind.
/// clamd read the file when it started; a restart from the dashboard while the AppHost runs still finds it.</summary>
internal sealed class ClamdConfigurationCleanup(string directory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Already gone, or held open: a folder of one small file under the temp directory.
        }
        return Task.CompletedTask;
    }
}
