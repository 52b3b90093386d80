using DocumentUploads.DocumentWorkflow.Alerts;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>Active alerts at the top of the overview. Not registered here: the alert monitors' change provides
/// <see cref="IAlertReader"/>; then <c>builder.Services.AddSingleton&lt;IOpsOverviewPanel, AlertsOverviewPanel&gt;()</c>.</summary>
public sealed class AlertsOverviewPanel(IAlertReader alerts) : IOpsOverviewPanel
{
    public int Order => 0;

    public async Task<string> RenderAsync(CancellationToken cancellationToken) =>
        AlertsHtml.Panel(await alerts.ListActiveAsync(cancellationToken));
}
