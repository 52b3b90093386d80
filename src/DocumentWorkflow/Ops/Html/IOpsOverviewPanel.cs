namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>A panel shown at the top of the overview, above the counts (e.g. active alerts). Register one
/// with <c>services.AddSingleton&lt;IOpsOverviewPanel, MyPanel&gt;()</c>; panels render in <see cref="Order"/>.
/// A panel that throws is replaced by a short notice, so one broken panel never hides the overview.</summary>
public interface IOpsOverviewPanel
{
    int Order { get; }

    /// <summary>One <c>&lt;section&gt;</c> of trusted HTML (encode every value with <see cref="OpsHtml.E"/>).</summary>
    Task<string> RenderAsync(CancellationToken cancellationToken);
}
