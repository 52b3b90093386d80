using System.Net;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.LighthouseSim;

public sealed class LighthouseUploadTests(LighthouseSimFixture fixture) : IClassFixture<LighthouseSimFixture>
{
    private static readonly byte[] SmallPdf = "%PDF-1.4 small"u8.ToArray();

    private LighthouseTestClient Lighthouse => fixture.Lighthouse;

    [Fact]
    public async Task A_valid_upload_is_recorded_with_what_was_sent()
    {
        using var response = await Lighthouse.UploadAsync(LighthouseTestClient.Parameters("statement.pdf"), SmallPdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requestId = (await response.ReadNodeAsync())["data"]!["requestId"]!.GetValue<long>();
        var recorded = await (await Lighthouse.Http.GetAsync($"_sim/uploads/{requestId}")).ReadNodeAsync();
        Assert.Equal("statement.pdf", recorded["fileName"]!.GetValue<string>());
        Assert.Equal("L023", recorded["docType"]!.GetValue<string>());
        Assert.Equal(600000001L, recorded["claimId"]!.GetValue<long>());
        Assert.Equal("796378881", recorded["participantId"]!.GetValue<string>());
        Assert.Equal(SmallPdf.Length, recorded["size"]!.GetValue<long>());
    }

    [Fact]
    public async Task Request_ids_increase_from_the_start_up_time()
    {
        var first = await Lighthouse.UploadDocumentAsync("one.pdf");
        var second = await Lighthouse.UploadDocumentAsync("two.pdf");

        Assert.True(second > first);
        Assert.True(first > DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task A_numeric_string_claim_id_is_accepted()
    {
        using var response = await Lighthouse.UploadAsync(LighthouseTestClient.Parameters("a.pdf", claimId: "600000002"), SmallPdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_claim_id_is_a_400()
    {
        const string parameters = """{"data":{"systemName":"VA.gov","docType":"L023","fileName":"a.pdf"}}""";

        await AssertErrorAsync(await Lighthouse.UploadAsync(parameters, SmallPdf), HttpStatusCode.BadRequest, "claimId");
    }

    [Fact]
    public async Task A_non_numeric_claim_id_is_a_400()
    {
        using var response = await Lighthouse.UploadAsync(LighthouseTestClient.Parameters("a.pdf", claimId: "abc"), SmallPdf);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "claimId");
    }

    [Fact]
    public async Task A_file_name_longer_than_256_characters_is_a_400()
    {
        var fileName = new string('a', 253) + ".pdf";

        using var response = await Lighthouse.UploadAsync(LighthouseTestClient.Parameters(fileName), SmallPdf);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "fileName");
    }

    [Fact]
    public async Task An_empty_file_is_a_400()
    {
        await AssertErrorAsync(await Lighthouse.UploadAsync(LighthouseTestClient.Parameters("a.pdf"), []), HttpStatusCode.BadRequest, "empty");
    }

    [Fact]
    public async Task A_missing_file_part_is_a_400()
    {
        await AssertErrorAsync(await Lighthouse.UploadAsync(LighthouseTestClient.Parameters("a.pdf"), null), HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_413()
    {
        var tooLarge = new byte[LighthouseSimFixture.MaxFileBytes + 1];

        using var response = await Lighthouse.UploadAsync(LighthouseTestClient.Parameters("a.pdf"), tooLarge);

        await AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger");
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string detailMentions)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            var error = (await response.ReadNodeAsync())["errors"]![0]!;
            Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error["status"]!.GetValue<string>());
            Assert.Contains(detailMentions, error["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
            Assert.False(string.IsNullOrEmpty(error["title"]!.GetValue<string>()));
        }
    }
}
