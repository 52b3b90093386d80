namespace DocumentUploads.UploadApi.Scanning;

/// <summary>What clamd said of one stream.</summary>
public abstract record ScanVerdict
{
    public sealed record Clean : ScanVerdict;

    /// <param name="Signature">The signature clamd matched (e.g. <c>Win.Test.EICAR_HDB-1</c>): safe to log.</param>
    public sealed record Infected(string Signature) : ScanVerdict;

    /// <param name="Reason">Why there is no verdict (clamd unreachable, timed out, or answered an error).</param>
    public sealed record Failed(string Reason) : ScanVerdict;
}
