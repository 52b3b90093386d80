using System.Net;
using DocumentUploads.NotifySim;
using DocumentUploads.Simulators.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.Simulators.Tests.NotifySim;

public sealed class NotifyLogPrivacyTests
{
    [Fact]
    public async Task Sends_log_ids_but_never_the_address_the_id_value_or_the_personalisation()
    {
        var logs = new CapturedLogs();
        await using var sim = await RunningApp.StartAsync(NotifySimApp.Build,
            app => app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs), "--Logging:LogLevel:Default=Information");
        var notify = new NotifySimTestClient(sim);

        using var byIdentifier = await notify.SendEmailAsync(new
        {
            template_id = Guid.NewGuid(),
            recipient_identifier = new { id_type = "PID", id_value = "pid-5550123" },
            personalisation = new { file_name = "private-scan-words" },
            reference = "doc-9-failure",
        });
        using var byAddress = await notify.SendEmailAsync(new { template_id = Guid.NewGuid(), email_address = "veteran.private@example.com" });

        Assert.Equal(HttpStatusCode.Created, byIdentifier.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byAddress.StatusCode);
        var id = (await byIdentifier.ReadNodeAsync())["id"]!.GetValue<string>();
        Assert.Contains(logs.Lines, line => line.Contains(id, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("pid-5550123", StringComparison.Ordinal)
            || line.Contains("private-scan-words", StringComparison.Ordinal)
            || line.Contains("veteran.private", StringComparison.Ordinal));
    }
}
