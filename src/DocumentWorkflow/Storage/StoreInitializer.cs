namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>Creates or migrates the schema before the service takes requests: a hosted
/// service's StartAsync runs before Kestrel starts listening.</summary>
internal sealed class StoreInitializer(IDocumentStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
