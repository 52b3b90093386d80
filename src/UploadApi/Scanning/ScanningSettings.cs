namespace DocumentUploads.UploadApi.Scanning;

/// <summary>Configuration section <c>Scanning</c>: the clamd every upload is scanned by.</summary>
public sealed class ScanningSettings
{
    public const string SectionName = "Scanning";

    /// <summary><c>host:port</c> of clamd's TCP socket. Empty turns scanning off, which only Development allows.</summary>
    public string? ClamdAddress { get; set; }

    /// <summary>Upper bound for one scan, sending the file included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool Enabled => !string.IsNullOrWhiteSpace(ClamdAddress);

    public (string Host, int Port) Endpoint
    {
        get
        {
            var colon = ClamdAddress!.LastIndexOf(':');
            return (ClamdAddress[..colon], int.Parse(ClamdAddress[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public IEnumerable<string> Validate(bool development)
    {
        if (!Enabled)
        {
            if (!development) yield return "Scanning:ClamdAddress must be set outside Development: no upload is sent on unscanned.";
            yield break;
        }
        var colon = ClamdAddress!.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(ClamdAddress[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
        {
            yield return "Scanning:ClamdAddress must be host:port (clamd's TCPSocket).";
        }
        if (Timeout <= TimeSpan.Zero) yield return "Scanning:Timeout must be positive.";
    }
}
