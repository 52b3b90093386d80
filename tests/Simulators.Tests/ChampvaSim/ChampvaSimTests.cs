using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.ChampvaSim;

public sealed class ChampvaSimTests(ChampvaSimFixture fixture) : IClassFixture<ChampvaSimFixture>
{
    private static readonly object Metadata = new
    {
        claimNumber = "CHAMPVA_123",
        beneficiaryId = "ben-1",
        documentCategory = "MEDICAL_RECORD",
        originalFileName = "records.pdf",
    };

    private ChampvaSimTestClient Champva => fixture.Champva;

    [Fact]
    public async Task An_intake_is_accepted_with_202_and_recorded()
    {
        using var response = await Champva.IntakeAsync(Metadata, [1, 2, 3]);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadNodeAsync();
        var intakeId = Guid.Parse(body["intakeId"]!.GetValue<string>());
        Assert.NotNull(body["receivedAt"]);
        var recorded = await Champva.Http.GetFromJsonAsync<JsonElement>($"_sim/intakes/{intakeId}");
        Assert.Equal("CHAMPVA_123", recorded.GetProperty("claimNumber").GetString());
        Assert.Equal(3, recorded.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task Calls_without_the_api_key_are_401()
    {
        using var intake = await Champva.IntakeAsync(Metadata, [1], apiKey: null);
        using var status = await Champva.StatusBatchAsync([Guid.NewGuid().ToString()], apiKey: "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, intake.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, status.StatusCode);
        Assert.Equal("UNAUTHORIZED", (await status.ReadNodeAsync())["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_intakes_are_refused()
    {
        using var noClaim = await Champva.IntakeAsync(new { beneficiaryId = "b", documentCategory = "c", originalFileName = "f.pdf" }, [1]);
        using var empty = await Champva.IntakeAsync(Metadata, []);
        using var tooLarge = await Champva.IntakeAsync(Metadata, new byte[4097]);

        Assert.Equal(HttpStatusCode.BadRequest, noClaim.StatusCode);
        Assert.Contains("claimNumber", (await noClaim.ReadNodeAsync())["error"]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task An_intake_for_a_claim_that_is_not_CHAMPVA_s_is_refused_and_not_recorded()
    {
        using var response = await Champva.IntakeAsync(new
        {
            claimNumber = "600000001", beneficiaryId = "ben-1", documentCategory = "MEDICAL_RECORD", originalFileName = "records.pdf",
        }, [1, 2, 3]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = (await response.ReadNodeAsync())["error"]!;
        Assert.Equal("NOT_FOUND", error["code"]!.GetValue<string>());
        Assert.Contains("600000001", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_intake_moves_from_intake_to_pega_to_complete()
    {
        using var stopped = fixture.Clock.Stop(); // each state is seen however slow the machine is
        var step = ChampvaSimFixture.StepDuration;
        using var accepted = await Champva.IntakeAsync(Metadata, [1]);
        var intakeId = (await accepted.ReadNodeAsync())["intakeId"]!.GetValue<string>();

        var seen = new List<(string? State, string? Stage, bool Completed)>();
        foreach (var advance in new[] { TimeSpan.Zero, step / 2, step / 2, step })
        {
            fixture.Clock.Advance(advance);
            using var response = await Champva.StatusBatchAsync([intakeId]);
            var result = (await response.ReadNodeAsync())["results"]![0]!;
            seen.Add((result["state"]?.GetValue<string>(), result["stage"]?.GetValue<string>(), result["completedAt"] is not null));
        }

        Assert.Equal(
        [
            ("RECEIVED", "INTAKE", false),
            ("INTAKE_REVIEW", "INTAKE", false),
            ("PEGA_PROCESSING", "PEGA", false),
            ("COMPLETE", "PEGA", true),
        ], seen);
    }

    [Fact]
    public async Task Unknown_and_malformed_ids_are_listed_as_unknown()
    {
        var unknownGuid = Guid.NewGuid().ToString();

        using var response = await Champva.StatusBatchAsync([unknownGuid, "not-a-guid"]);

        var body = await response.ReadNodeAsync();
        Assert.Empty(body["results"]!.AsArray());
        Assert.Equal([unknownGuid, "not-a-guid"], body["unknownIntakeIds"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Theory]
    [InlineData("CHAMPVA_123", HttpStatusCode.OK)]
    [InlineData("CHAMPVA_other-beneficiary-9", HttpStatusCode.Forbidden)]
    [InlineData("600000001", HttpStatusCode.NotFound)]
    public async Task Claim_ownership_follows_the_claim_number(string claimNumber, HttpStatusCode expected)
    {
        using var response = await Champva.ClaimAsync(claimNumber, "ben-1");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Faults_round_trip_and_are_validated()
    {
        using var bad = await Champva.PutFaultsAsync(new { statusFailureRate = 3 });
        using var good = await Champva.PutFaultsAsync(new { statusLatencyMs = 1 });
        var read = await Champva.Http.GetFromJsonAsync<JsonElement>("_sim/faults");
        using var reset = await Champva.PutFaultsAsync(new { });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, read.GetProperty("statusLatencyMs").GetInt32());
        Assert.Equal(0, read.GetProperty("statusFailureRate").GetDouble());
    }
}
