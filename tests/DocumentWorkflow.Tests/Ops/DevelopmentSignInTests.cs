using System.Net;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>In Development, one click signs a person running the stack locally in as an operator.</summary>
public sealed class DevelopmentSignInTests
{
    [Fact]
    public async Task The_development_operator_button_signs_in_and_opens_the_overview()
    {
        await using var host = await DashboardHost.StartAsync("Development");
        var (browser, _) = host.Browser();
        using (browser)
        {
            var page = await browser.GetStringAsync("/ops/sign-in");
            Assert.Contains("data-testid=\"dev-sign-in\"", page);

            using var post = await browser.PostAsync("/ops/sign-in/development", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = DashboardHost.AntiforgeryField(page),
            }));
            Assert.Equal((HttpStatusCode.Redirect, "/ops"), (post.StatusCode, post.Headers.Location?.OriginalString));

            using var overview = await browser.GetAsync("/ops");
            Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
            Assert.Contains("data-testid=\"operator\">ops-dev<", await overview.Content.ReadAsStringAsync());
        }
    }
}
