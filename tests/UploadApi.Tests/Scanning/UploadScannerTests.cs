using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Scanning;
using DocumentUploads.UploadApi.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocumentUploads.UploadApi.Tests.Scanning;

/// <summary>What an upload's scan answers: nothing for a clean file, 422 MALWARE_DETECTED for a hit and 503
/// SCAN_UNAVAILABLE without a verdict (fail closed), each counted, and the log never carries the content or name.</summary>
public sealed class UploadScannerTests(ClamdFixture fixture) : IClassFixture<ClamdFixture>, IDisposable
{
    private const string SecretName = "veteran-private-name.txt";
    private readonly ServiceTelemetry _telemetry = new("upload-scanner-tests");
    private readonly CapturedLog<UploadScanner> _log = new();
    private readonly List<(string Outcome, long Count)> _counted = [];
    private readonly MeterListener _listener = new();

    public void Dispose()
    {
        _listener.Dispose();
        _telemetry.Dispose();
    }

    private UploadScanner Scanner(string? address)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == _telemetry.Meter && instrument.Name == "documentuploads.uploads.scanned") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags) if (tag.Key == "outcome") lock (_counted) _counted.Add(((string)tag.Value!, value));
        });
        _listener.Start();
        return new UploadScanner(Options.Create(new ScanningSettings { ClamdAddress = address, Timeout = TimeSpan.FromSeconds(20) }), _telemetry, _log);
    }

    private static ValidatedUpload Upload(string text) => new("600000001", "600043201",
        new CheckedUploadFields(SecretName, FileKind.Text, text.Length, "L023", []),
        new OriginalFileContent(() => new MemoryStream(Encoding.ASCII.GetBytes(text))));

    private static async Task<(int Status, string Code)> AnswerAsync(IResult result)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        var error = (await JsonDocument.ParseAsync(context.Response.Body)).RootElement.GetProperty("errors")[0];
        return (context.Response.StatusCode, error.GetProperty("code").GetString()!);
    }

    [Fact]
    public async Task A_clean_file_goes_on()
    {
        Assert.Null(await Scanner(fixture.Clamd.Address).RefuseIfUnsafeAsync(Upload("Dear VA, my statement."), CancellationToken.None));
        Assert.Contains(("clean", 1L), _counted);
    }

    [Fact]
    public async Task A_hit_is_refused_counted_and_logged_by_signature_without_content_or_name()
    {
        var refusal = await Scanner(fixture.Clamd.Address).RefuseIfUnsafeAsync(Upload($"notes {ClamdProcess.Eicar}"), CancellationToken.None);

        Assert.Equal((422, "MALWARE_DETECTED"), await AnswerAsync(refusal!));
        Assert.Contains(("infected", 1L), _counted);
        var entry = Assert.Single(_log.Entries);
        Assert.Contains(ClamdProcess.TestSignature, entry.Message);
        Assert.DoesNotContain("EICAR-STANDARD", string.Join(" ", _log.Entries.Select(e => e.Message + string.Join(",", e.Fields.Values))));
        Assert.DoesNotContain(SecretName, string.Join(" ", _log.Entries.Select(e => e.Message + string.Join(",", e.Fields.Values))));
    }

    [Fact]
    public async Task No_verdict_fails_closed()
    {
        var refusal = await Scanner($"127.0.0.1:{LoopbackPorts.Free()}").RefuseIfUnsafeAsync(Upload("Dear VA"), CancellationToken.None);
        Assert.Equal((503, "SCAN_UNAVAILABLE"), await AnswerAsync(refusal!));
        Assert.Contains(("unavailable", 1L), _counted);
    }

    [Fact]
    public async Task Without_an_address_nothing_is_scanned_and_only_Development_allows_that()
    {
        var scanner = Scanner(null);
        Assert.False(scanner.Enabled);
        Assert.Null(await scanner.RefuseIfUnsafeAsync(Upload(ClamdProcess.Eicar), CancellationToken.None));
        Assert.Empty(new ScanningSettings().Validate(development: true));
        Assert.Contains(new ScanningSettings().Validate(development: false), m => m.Contains("Scanning:ClamdAddress must be set"));
        Assert.NotEmpty(new ScanningSettings { ClamdAddress = "clamd-without-port" }.Validate(development: true));
    }
}
