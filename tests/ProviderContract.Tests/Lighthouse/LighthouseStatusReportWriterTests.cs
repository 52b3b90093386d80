using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderLighthouse.Json;
using DocumentUploads.ProviderLighthouse.Lighthouse;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace DocumentUploads.ProviderContract.Tests.Lighthouse;

/// <summary>provider-lighthouse's translation of Lighthouse's status answer, token by token, into the contract's report:
/// the bytes must be the ones the serializer writes for the same report with the HTTP JSON options, and Lighthouse's
/// answer must be read as the web defaults read it.</summary>
public sealed class LighthouseStatusReportWriterTests
{
    private static readonly JsonSerializerOptions Http = new HttpJsonOptions().SerializerOptions;

    private const long Started = 1_764_800_000_123; // 2025-12-03T22:13:20.123Z
    private const long Ended = 1_764_800_060_000;

    [Fact]
    public void An_answer_as_the_simulator_writes_it_becomes_the_report_the_serializer_writes()
    {
        // Written as lighthouse-sim writes it: the default encoder escapes the apostrophe and what is not ASCII.
        const string answer = """
            {"data":{"statuses":[
              {"requestId":101,"time":{"startTime":1764800000123,"endTime":null},"status":"IN_PROGRESS","steps":[
                {"name":"CLAIMS_EVIDENCE","nextStepName":"BENEFITS_GATEWAY_SERVICE","description":"Add the document to the veteran\u0027s VBMS eFolder","status":"SUCCESS"},
                {"name":"BENEFITS_GATEWAY_SERVICE","nextStepName":null,"description":"Update the claim","status":"IN_PROGRESS"}]},
              {"requestId":102,"time":{"startTime":1764800000123,"endTime":1764800060000},"status":"FAILED","steps":[
                {"name":"CLAIMS_EVIDENCE","nextStepName":"BENEFITS_GATEWAY_SERVICE","description":"d","status":"FAILED"},
                {"name":"BENEFITS_GATEWAY_SERVICE","nextStepName":null,"description":"d","status":"NOT_STARTED"}],
               "error":{"detail":"The file number doesn\u0027t match \u2014 \"Jos\u00E9\" \uD83D\uDCC4 <b>","step":"CLAIMS_EVIDENCE"}},
              {"requestId":103,"time":{"startTime":1764800000123,"endTime":1764800060000},"status":"SUCCESS","steps":[]}
            ],"requestIdsNotFound":[104,105]}}
            """;

        var expected = new ProviderStatusReport(
        [
            new("101", ProviderDocumentStatus.InProgress,
                [new("CLAIMS_EVIDENCE", ProviderStep.Success), new("BENEFITS_GATEWAY_SERVICE", ProviderStep.InProgress)],
                null, At(Started), null),
            new("102", ProviderDocumentStatus.Failed,
                [new("CLAIMS_EVIDENCE", ProviderStep.Failed), new("BENEFITS_GATEWAY_SERVICE", ProviderStep.NotStarted)],
                new("The file number doesn't match \u2014 \"Jos\u00e9\" \U0001F4C4 <b>", "CLAIMS_EVIDENCE"), At(Started), At(Ended)),
            new("103", ProviderDocumentStatus.Success, [], null, At(Started), At(Ended)),
        ], ["104", "105"]);

        Assert.Equal(Serialized(expected), Report([], answer));
    }

    [Fact]
    public void It_reads_as_the_web_defaults_do_any_case_numbers_in_strings_any_order_unknown_and_null_values()
    {
        const string answer = """
            {"meta":{"x":[1,{"y":2}]},"DATA":{"Statuses":[
              null,
              {"STATUS":"FAILED","Error":{"Step":"B","extra":[1]},"RequestID":"7","Time":{"EndTime":"1764800060000","StartTime":1764800000123},
               "Steps":[null,{"Status":"SUCCESS"},{"NAME":"A"},{"name":"B","status":null,"other":{"z":[]}}],"unknown":[{"a":1}]},
              {"requestId":8,"time":null,"steps":null,"error":null},
              {"status":"IN_PROGRESS"}
            ],"requestIdsNotFound":["9",10],"more":"x"},"after":true}
            """;

        var expected = new ProviderStatusReport(
        [
            new("7", ProviderDocumentStatus.Failed, [new("A", ProviderStep.NotStarted), new("B", ProviderStep.NotStarted)],
                new(null, "B"), At(Started), At(Ended)),
            new("8", "", [], null),
            new("0", ProviderDocumentStatus.InProgress, [], null), // no requestId: the serializer's default, 0
        ], ["9", "10"]);

        Assert.Equal(Serialized(expected), Report([], answer));
    }

    [Fact]
    public void Several_answers_make_one_report_with_unparseable_ids_first_among_the_not_found()
    {
        const string first = """{"data":{"statuses":[{"requestId":1,"status":"SUCCESS"}],"requestIdsNotFound":[2]}}""";
        const string second = """{"data":{"statuses":[{"requestId":3,"status":"SUCCESS"}],"requestIdsNotFound":[4]}}""";
        const string third = """{"data":{"statuses":null,"requestIdsNotFound":null}}""";

        var expected = new ProviderStatusReport(
            [new("1", ProviderDocumentStatus.Success, [], null), new("3", ProviderDocumentStatus.Success, [], null)],
            ["not-a-number", "x", "2", "4"]);

        Assert.Equal(Serialized(expected), Report(["not-a-number", "x"], first, second, third));
    }

    [Fact]
    public void No_answer_at_all_is_an_empty_report()
    {
        Assert.Equal("""{"statuses":[],"notFound":[]}""", Report([]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not json")]
    [InlineData("""{"data":{"statuses":[{"requestId":""")] // lighthouse-sim's truncated answer
    [InlineData("""{"data":{"statuses":[]}} {}""")]
    [InlineData("""{"data":{"statuses":[],}}""")]
    [InlineData("""[]""")]
    [InlineData("""{"data":5}""")]
    [InlineData("""{"data":{"statuses":{}}}""")]
    [InlineData("""{"data":{"statuses":[5]}}""")]
    [InlineData("""{"data":{"statuses":[{"requestId":1.5}]}}""")]
    [InlineData("""{"data":{"statuses":[{"requestId":null}]}}""")]
    [InlineData("""{"data":{"statuses":[{"requestId":"12a"}]}}""")]
    [InlineData("""{"data":{"statuses":[{"requestId":99999999999999999999}]}}""")]
    [InlineData("""{"data":{"statuses":[{"status":5}]}}""")]
    [InlineData("""{"data":{"statuses":[{"time":[]}]}}""")]
    [InlineData("""{"data":{"statuses":[{"time":{"startTime":true}}]}}""")]
    [InlineData("""{"data":{"statuses":[{"steps":{}}]}}""")]
    [InlineData("""{"data":{"statuses":[{"steps":[5]}]}}""")]
    [InlineData("""{"data":{"statuses":[{"steps":[{"name":1}]}]}}""")]
    [InlineData("""{"data":{"statuses":[{"steps":[{"name":"A","description":7}]}]}}""")]
    [InlineData("""{"data":{"statuses":[{"error":"oops"}]}}""")]
    [InlineData("""{"data":{"statuses":[{"error":{"detail":false}}]}}""")]
    [InlineData("""{"data":{"statuses":[{"status":"\uD800"}]}}""")]
    [InlineData("""{"data":{"requestIdsNotFound":[null]}}""")]
    [InlineData("""{"data":{"requestIdsNotFound":["a"]}}""")]
    public void An_answer_that_is_not_json_of_that_shape_is_a_bad_gateway(string answer)
    {
        var ex = Assert.Throws<LighthouseException>(() => Report([], answer));

        Assert.Equal((HttpStatusCode.BadGateway, "status answer is not valid JSON"), (ex.StatusCode, ex.Detail));
    }

    [Fact]
    public void A_string_that_is_not_utf8_is_a_bad_gateway()
    {
        byte[] answer = [.. """{"data":{"statuses":[{"status":"""u8, (byte)'"', 0xC3, 0x28, (byte)'"', .. "}]}}"u8];

        var ex = Assert.Throws<LighthouseException>(() => ReportOf([], answer));

        Assert.Equal((HttpStatusCode.BadGateway, "status answer is not valid JSON"), (ex.StatusCode, ex.Detail));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"data":null}""")]
    [InlineData("""{"errors":[{"detail":"x"}]}""")]
    public void An_answer_without_data_is_a_bad_gateway(string answer)
    {
        var ex = Assert.Throws<LighthouseException>(() => Report([], answer));

        Assert.Equal((HttpStatusCode.BadGateway, "status answer had no data"), (ex.StatusCode, ex.Detail));
    }

    private static DateTimeOffset At(long epochMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(epochMilliseconds);

    private static string Serialized(ProviderStatusReport report) => JsonSerializer.Serialize(report, Http);

    private static string Report(IEnumerable<string> unparseable, params string[] answers) =>
        ReportOf(unparseable, answers.Select(Encoding.UTF8.GetBytes).ToArray());

    private static string ReportOf(IEnumerable<string> unparseable, params byte[][] answers)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var report = new LighthouseStatusReportWriter(output, PooledJsonResult.WriterOptions(Http)))
        {
            foreach (var answer in answers) report.Add(answer);
            report.Complete(unparseable);
        }
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
