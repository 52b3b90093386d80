namespace DocumentUploads.Telemetry;

/// <summary>How an outbound call ended, as the call metrics tag it.</summary>
public static class CallOutcomes
{
    public const string Success = "success";
    /// <summary>The other side answered and refused (a 4xx it means): a normal answer, not an error.</summary>
    public const string Rejected = "rejected";
    /// <summary>Unreachable, timed out, throttled, a 5xx or an unreadable answer.</summary>
    public const string Failed = "failed";
}
