using DocumentUploads.DocumentWorkflow.Ops;
using DocumentUploads.DocumentWorkflow.Ops.Endpoints;
using DocumentUploads.DocumentWorkflow.Ops.Html;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>Panels other features register (the alerts panel) appear at the top of the overview in order, and one
/// that throws is replaced by a notice instead of taking the overview down.</summary>
public sealed class OverviewPanelsTests
{
    [Fact]
    public async Task Panels_render_in_order_above_the_counts_and_a_failing_one_is_contained()
    {
        await using var host = await DashboardHost.StartAsync();
        var services = host.App.Services;
        var http = new DefaultHttpContext { RequestServices = services };
        var body = new MemoryStream();
        http.Response.Body = body;

        var result = await OpsPagesApi.OverviewAsync(http, services.GetRequiredService<IAntiforgery>(), services.GetRequiredService<OpsReports>(),
            [new Panel(2, "<section id=\"second\"></section>"), new Failing(), new Panel(0, "<section id=\"first\"></section>")],
            NullLogger<OpsReports>.Instance, CancellationToken.None);
        await result.ExecuteAsync(http);
        var html = System.Text.Encoding.UTF8.GetString(body.ToArray());

        Assert.Equal(200, http.Response.StatusCode);
        var first = html.IndexOf("id=\"first\"", StringComparison.Ordinal);
        var failing = html.IndexOf("Failing could not be shown", StringComparison.Ordinal);
        var second = html.IndexOf("id=\"second\"", StringComparison.Ordinal);
        var counts = html.IndexOf("id=\"h-glance\"", StringComparison.Ordinal);
        Assert.True(first >= 0 && first < failing && failing < second && second < counts, html);
    }

    private sealed class Panel(int order, string html) : IOpsOverviewPanel
    {
        public int Order => order;

        public Task<string> RenderAsync(CancellationToken cancellationToken) => Task.FromResult(html);
    }

    private sealed class Failing : IOpsOverviewPanel
    {
        public int Order => 1;

        public Task<string> RenderAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("down");
    }
}
