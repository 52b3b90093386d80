using System.Net;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.NotifySim;

public sealed class NotifySendTests(NotifySimFixture fixture) : IClassFixture<NotifySimFixture>
{
    private NotifySimTestClient Notify => fixture.Notify;

    private static string NewReference() => $"doc-{Guid.NewGuid():N}-failure";

    [Fact]
    public async Task A_send_is_answered_201_in_VA_Notify_s_shape_and_listed()
    {
        var templateId = Guid.NewGuid();
        var reference = NewReference();

        using var response = await Notify.SendEmailAsync(NotifySimTestClient.Email(templateId, reference));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadNodeAsync();
        var id = body["id"]!.GetValue<string>();
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal(reference, body["reference"]!.GetValue<string>());
        Assert.Equal(templateId.ToString(), body["template"]!["id"]!.GetValue<string>());
        Assert.Equal(1, body["template"]!["version"]!.GetValue<int>());
        Assert.NotNull(body["content"]!["subject"]);
        Assert.EndsWith($"/v2/notifications/{id}", body["uri"]!.GetValue<string>());
        Assert.Equal(body["uri"]!.GetValue<string>(), response.Headers.Location!.ToString());

        var listed = Assert.Single(await Notify.ListAsync(reference))!;
        Assert.Equal(id, listed["id"]!.GetValue<string>());
        Assert.Equal(templateId.ToString(), listed["template_id"]!.GetValue<string>());
        Assert.Equal("PID", listed["recipient_identifier"]!["id_type"]!.GetValue<string>());
        Assert.Equal("600043201", listed["recipient_identifier"]!["id_value"]!.GetValue<string>());
        Assert.Equal("Buddy statement", listed["personalisation"]!["document_type"]!.GetValue<string>());
        Assert.NotNull(listed["created_at"]);
    }

    [Theory]
    [InlineData(null, "authentication bearer token must be provided")]
    [InlineData("Bearer wrong-key", "API key not found")]
    [InlineData("notify-dev-key", "authentication bearer token must be provided")]
    [InlineData("Bearer notify-dev-key-and-more", "API key not found")]
    public async Task A_send_without_the_bearer_key_is_401_AuthError_and_not_recorded(string? authorization, string message)
    {
        var reference = NewReference();

        using var response = await Notify.SendEmailAsync(NotifySimTestClient.Email(Guid.NewGuid(), reference), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.ReadNodeAsync();
        Assert.Equal(401, body["status_code"]!.GetValue<int>());
        Assert.Equal("AuthError", NotifySimTestClient.ErrorOf(body));
        Assert.Contains(message, NotifySimTestClient.MessageOf(body));
        Assert.Empty(await Notify.ListAsync(reference));
    }

    [Fact]
    public async Task An_invalid_send_is_400_ValidationError_naming_the_field_and_not_recorded()
    {
        var reference = NewReference();

        using var response = await Notify.SendEmailAsync(new { template_id = "not-a-uuid", email_address = "v@example.com", reference });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadNodeAsync();
        Assert.Equal(400, body["status_code"]!.GetValue<int>());
        Assert.Equal("ValidationError", NotifySimTestClient.ErrorOf(body));
        Assert.Equal("template_id is not a valid UUID", NotifySimTestClient.MessageOf(body));
        Assert.Empty(await Notify.ListAsync(reference));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_400_BadRequestError()
    {
        using var response = await Notify.SendRawAsync(NotifySimTestClient.RawJson("{\"template_id\":"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequestError", NotifySimTestClient.ErrorOf(await response.ReadNodeAsync()));
    }

    [Fact]
    public async Task A_repeated_reference_answers_with_the_first_notification_and_records_one()
    {
        var reference = NewReference();
        var templateId = Guid.NewGuid();

        using var first = await Notify.SendEmailAsync(NotifySimTestClient.Email(templateId, reference));
        using var retry = await Notify.SendEmailAsync(NotifySimTestClient.Email(templateId, reference));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var firstId = (await first.ReadNodeAsync())["id"]!.GetValue<string>();
        Assert.Equal(firstId, (await retry.ReadNodeAsync())["id"]!.GetValue<string>());
        Assert.Equal(firstId, Assert.Single(await Notify.ListAsync(reference))!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sends_without_a_reference_are_always_new_and_listed_newest_last()
    {
        var templateId = Guid.NewGuid();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await Notify.SendEmailAsync(NotifySimTestClient.Email(templateId, reference: null));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.ReadNodeAsync())["id"]!.GetValue<string>());
        }

        var listed = (await Notify.ListAsync())
            .Where(n => n!["template_id"]!.GetValue<string>() == templateId.ToString())
            .Select(n => n!["id"]!.GetValue<string>());

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids, listed);
    }

    [Fact]
    public async Task The_reference_filter_lists_only_that_reference()
    {
        var wanted = NewReference();
        using var other = await Notify.SendEmailAsync(NotifySimTestClient.Email(Guid.NewGuid(), NewReference()));
        using var sent = await Notify.SendEmailAsync(NotifySimTestClient.Email(Guid.NewGuid(), wanted));

        var listed = await Notify.ListAsync(wanted);

        Assert.Equal(wanted, Assert.Single(listed)!["reference"]!.GetValue<string>());
        Assert.True((await Notify.ListAsync()).Count >= 2);
    }
}
