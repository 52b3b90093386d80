using System.Diagnostics.Metrics;
using DocumentUploads.Telemetry;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Validation;
using Microsoft.Extensions.Options;

namespace DocumentUploads.UploadApi.Scanning;

/// <summary>Scans every validated upload with clamd before anything leaves upload-api: a hit is refused
/// (422 MALWARE_DETECTED), no verdict is refused too (503 SCAN_UNAVAILABLE: fail closed), and either way
/// nothing is sent or recorded but a counted, logged event that never carries the content or the file name.</summary>
public sealed partial class UploadScanner
{
    public const string Clean = "clean";
    public const string Infected = "infected";
    public const string Unavailable = "unavailable";

    private readonly ScanningSettings _settings;
    private readonly ClamdClient? _clamd;
    private readonly Counter<long> _scans;
    private readonly ILogger<UploadScanner> _logger;

    public UploadScanner(IOptions<ScanningSettings> settings, ServiceTelemetry telemetry, ILogger<UploadScanner> logger)
    {
        _settings = settings.Value;
        _logger = logger;
        if (_settings.Enabled)
        {
            var (host, port) = _settings.Endpoint;
            _clamd = new ClamdClient(host, port);
        }
        _scans = telemetry.Meter.CreateCounter<long>("documentuploads.uploads.scanned", "{upload}",
            "Uploads scanned for malware, by outcome (clean, infected, unavailable).");
    }

    public bool Enabled => _clamd is not null;

    /// <returns>The refusal to answer, or null when the upload may go on.</returns>
    public async Task<IResult?> RefuseIfUnsafeAsync(ValidatedUpload upload, CancellationToken cancellationToken)
    {
        if (_clamd is null) return null; // Development without clamd: warned about once at start
        ScanVerdict verdict;
        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            deadline.CancelAfter(_settings.Timeout);
            try
            {
                await using var content = await upload.OpenContentAsync(deadline.Token);
                verdict = await _clamd.ScanAsync(content, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                verdict = new ScanVerdict.Failed($"no answer from clamd within {_settings.Timeout.TotalSeconds:0} s");
            }
        }

        switch (verdict)
        {
            case ScanVerdict.Infected infected:
                _scans.Add(1, new KeyValuePair<string, object?>("outcome", Infected));
                LogInfected(infected.Signature, upload.DocumentType, upload.Kind.ToString());
                return ApiErrors.Create(422, ApiErrors.MalwareDetected, "File not accepted",
                    "Our virus scan found something harmful in this file, so we didn't submit it. Scan your device for viruses, or upload another copy of the document.");
            case ScanVerdict.Failed failed:
                _scans.Add(1, new KeyValuePair<string, object?>("outcome", Unavailable));
                LogUnavailable(failed.Reason);
                return ApiErrors.Create(503, ApiErrors.ScanUnavailable, "Service unavailable",
                    "We couldn't check this file for viruses right now, so nothing was submitted. Please try again in a few minutes.");
            default:
                _scans.Add(1, new KeyValuePair<string, object?>("outcome", Clean));
                return null;
        }
    }

    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning,
        Message = "Upload refused: malware signature {Signature} found in a {DocumentType} {FileKind} file; nothing was sent or recorded")]
    private partial void LogInfected(string signature, string documentType, string fileKind);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Error, Message = "Upload refused unscanned: {Reason}")]
    private partial void LogUnavailable(string reason);
}
