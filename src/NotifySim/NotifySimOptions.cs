namespace DocumentUploads.NotifySim;

/// <summary>Configuration section <c>NotifySim</c>, read once at start-up.</summary>
public sealed class NotifySimOptions
{
    public const string SectionName = "NotifySim";

    /// <summary>The static key every <c>/v2</c> call must present as <c>Authorization: Bearer</c>
    /// (the real service wants a JWT signed with the service's secret instead).</summary>
    public string ApiKey { get; set; } = "notify-dev-key";

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey)) throw new InvalidOperationException($"{SectionName}:ApiKey must not be empty.");
    }
}
