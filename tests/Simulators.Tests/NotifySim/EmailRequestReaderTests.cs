using System.Text.Json;
using DocumentUploads.NotifySim.Notifications;

namespace DocumentUploads.Simulators.Tests.NotifySim;

public sealed class EmailRequestReaderTests
{
    private const string Template = "\"template_id\":\"5b1d6a4e-3c1f-4e0a-9b5e-2f1a0c6d7e8f\"";
    private const string Pid = "\"recipient_identifier\":{\"id_type\":\"PID\",\"id_value\":\"600043201\"}";

    [Fact]
    public void A_send_to_a_recipient_identifier_is_read_whole()
    {
        var reading = Read($$"""{{{Template}}, {{Pid}}, "personalisation":{"date":"4 December"}, "reference":"doc-1"}""");

        Assert.Null(reading.Problem);
        var request = reading.Request!;
        Assert.Equal(Guid.Parse("5b1d6a4e-3c1f-4e0a-9b5e-2f1a0c6d7e8f"), request.TemplateId);
        Assert.Equal(new RecipientIdentifier("PID", "600043201"), request.RecipientIdentifier);
        Assert.Null(request.EmailAddress);
        Assert.Equal("4 December", request.Personalisation!["date"]);
        Assert.Equal("doc-1", request.Reference);
    }

    [Fact]
    public void A_send_to_an_address_with_nulls_for_the_optional_fields_is_read()
    {
        var reading = Read($$"""{{{Template}}, "email_address":"veteran@example.com", "recipient_identifier":null, "personalisation":null, "reference":null}""");

        Assert.Null(reading.Problem);
        Assert.Equal("veteran@example.com", reading.Request!.EmailAddress);
        Assert.Null(reading.Request.RecipientIdentifier);
        Assert.Null(reading.Request.Personalisation);
        Assert.Null(reading.Request.Reference);
    }

    [Theory]
    [InlineData("[]", "The request body must be a JSON object.")]
    [InlineData("{" + Pid + "}", "template_id is a required property")]
    [InlineData("{\"template_id\":\"nope\"," + Pid + "}", "template_id is not a valid UUID")]
    [InlineData("{\"template_id\":42," + Pid + "}", "template_id is not a valid UUID")]
    [InlineData("{" + Template + "}", "email_address or recipient_identifier is a required property")]
    [InlineData("{" + Template + ",\"email_address\":\"v@example.com\"," + Pid + "}", "Provide either email_address or recipient_identifier, not both")]
    [InlineData("{" + Template + ",\"email_address\":\"not-an-address\"}", "email_address Not a valid email address")]
    [InlineData("{" + Template + ",\"email_address\":\"v@example\"}", "email_address Not a valid email address")]
    [InlineData("{" + Template + ",\"recipient_identifier\":\"600043201\"}", "recipient_identifier must be an object with id_type and id_value")]
    [InlineData("{" + Template + ",\"recipient_identifier\":{\"id_type\":\"SSN\",\"id_value\":\"1\"}}", "recipient_identifier id_type must be one of ICN, PID, EDIPI, VAPROFILEID, BIRLSID")]
    [InlineData("{" + Template + ",\"recipient_identifier\":{\"id_value\":\"1\"}}", "recipient_identifier id_type must be one of ICN, PID, EDIPI, VAPROFILEID, BIRLSID")]
    [InlineData("{" + Template + ",\"recipient_identifier\":{\"id_type\":\"ICN\",\"id_value\":\" \"}}", "recipient_identifier id_value must be a non-empty string")]
    [InlineData("{" + Template + ",\"recipient_identifier\":{\"id_type\":\"ICN\"}}", "recipient_identifier id_value must be a non-empty string")]
    [InlineData("{" + Template + "," + Pid + ",\"personalisation\":[\"a\"]}", "personalisation must be an object")]
    [InlineData("{" + Template + "," + Pid + ",\"personalisation\":{\"count\":3}}", "personalisation count must be a string")]
    [InlineData("{" + Template + "," + Pid + ",\"reference\":7}", "reference must be a string of at most 255 characters")]
    public void Each_invalid_field_is_named(string json, string problem)
    {
        var reading = Read(json);

        Assert.Null(reading.Request);
        Assert.Equal(problem, reading.Problem);
    }

    [Fact]
    public void A_reference_may_be_255_characters_but_not_256()
    {
        Assert.Null(Read($$"""{{{Template}}, {{Pid}}, "reference":"{{new string('r', 255)}}"}""").Problem);
        Assert.Equal("reference must be a string of at most 255 characters",
            Read($$"""{{{Template}}, {{Pid}}, "reference":"{{new string('r', 256)}}"}""").Problem);
    }

    [Theory]
    [InlineData("ICN")]
    [InlineData("PID")]
    [InlineData("EDIPI")]
    [InlineData("VAPROFILEID")]
    [InlineData("BIRLSID")]
    public void Every_VA_Notify_id_type_is_accepted(string idType)
    {
        var reading = Read("{" + Template + ",\"recipient_identifier\":{\"id_type\":\"" + idType + "\",\"id_value\":\"1\"}}");

        Assert.Equal(idType, reading.Request!.RecipientIdentifier!.IdType);
    }

    private static EmailRequestReading Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return EmailRequestReader.Read(document.RootElement);
    }
}
