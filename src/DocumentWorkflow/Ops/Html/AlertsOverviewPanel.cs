using DocumentUploads.DocumentWorkflow.Alerts;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>Active alerts at the top of the overview, read through <see cref="IAlertReader"/> (registered by the
/// alert monitors).</summary>
public sealed class AlertsOverviewPanel(IAlertReader alerts) : IOpsOverviewPanel
{
    public int Order => 0;

    public async Task<string> RenderAsync(CancellationToken cancellationToken) =>
        AlertsHtml.Panel(await alerts.ListActiveAsync(cancellationToken));
}
