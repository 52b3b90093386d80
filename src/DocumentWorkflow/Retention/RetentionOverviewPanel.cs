using DocumentUploads.DocumentWorkflow.Ops.Html;

namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>The last purge on the overview, below the active alerts.</summary>
public sealed class RetentionOverviewPanel(IRetentionStore store) : IOpsOverviewPanel
{
    public int Order => 100;

    public async Task<string> RenderAsync(CancellationToken cancellationToken) =>
        RetentionHtml.Panel(await store.LastRunAsync(cancellationToken));
}
