using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Configuration section <c>VaNotify</c>: where VA Notify is and the key to call it with. In the dev stack
/// the AppHost points it at notify-sim (<c>services:notify-sim:http:0</c>); deployed, at VA Notify.</summary>
public sealed class VaNotifySettings
{
    public const string SectionName = "VaNotify";

    public string? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Where to send, as <see cref="ResolveBaseAddress"/> found it at start-up; null when VA Notify is not
    /// configured (then nothing is sent and notices wait, counted as pending on the dashboard).</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The configured address, else the simulator's from service discovery; null when neither is set.</summary>
    public Uri? ResolveBaseAddress(IConfiguration configuration)
    {
        var url = string.IsNullOrWhiteSpace(BaseUrl) ? configuration[$"services:{AppIds.NotifySim}:http:0"] : BaseUrl;
        return Uri.TryCreate(url, UriKind.Absolute, out var address) ? address : null;
    }
}
