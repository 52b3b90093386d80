namespace DocumentUploads.ServiceDefaults;

public static class HealthPaths
{
    /// <summary>Readiness: every registered check passes.</summary>
    public const string Ready = "/health";

    /// <summary>Liveness: the process answers; only checks tagged "live" run.</summary>
    public const string Alive = "/alive";
}
