namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>Every dashboard route in one place. Pages are HTML for browsers (cookie sign-in); each page's
/// data is also JSON under <see cref="ApiPrefix"/> for scripts (bearer or cookie).</summary>
public static class OpsRoutes
{
    public const string Overview = "/ops";
    public const string Throughput = "/ops/throughput";
    public const string Failures = "/ops/failures";
    public const string Stuck = "/ops/stuck";
    public const string Cycles = "/ops/cycles";
    public const string Form526 = "/ops/form526";
    public const string Flags = "/ops/flags";
    public const string Flag = "/ops/flags/{name}";
    public const string Document = "/ops/documents/{id:guid}";
    public const string DocumentKeep = "/ops/documents/{id:guid}/keep";

    /// <summary>Added by the alert monitors' change; listed in the navigation already.</summary>
    public const string Alerts = "/ops/alerts";
    public const string AlertAcknowledge = "/ops/alerts/{id:guid}/acknowledge";
    public const string AlertSilences = "/ops/alerts/silences";
    public const string AlertSilenceEnd = "/ops/alerts/silences/{id:guid}/end";

    public const string SignIn = "/ops/sign-in";
    public const string DevelopmentSignIn = "/ops/sign-in/development";
    public const string SignOut = "/ops/sign-out";
    public const string Stylesheet = "/ops/static/ops.css";
    public const string Icon = "/ops/static/icon.svg";

    public const string ApiPrefix = "/ops/api";
    public const string ApiSummary = "/ops/api/summary";
    public const string ApiThroughput = "/ops/api/throughput";
    public const string ApiFailures = "/ops/api/failures";
    public const string ApiStuck = "/ops/api/stuck";
    public const string ApiCycles = "/ops/api/cycles";
    public const string ApiForm526Incomplete = "/ops/api/form526/incomplete";
    public const string ApiFeatures = "/ops/api/features";
    public const string ApiDocument = "/ops/api/documents/{id:guid}";
    public const string ApiNotices = "/ops/api/notices";
    public const string ApiDocumentKeep = "/ops/api/documents/{id:guid}/keep";

    /// <summary>Paths answered with HTML: an unauthenticated request is sent to the sign-in page and a
    /// forbidden one gets a 403 page, where JSON routes answer 401/403 with no body.</summary>
    public static bool IsPage(PathString path) =>
        (path.Equals(Overview, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(Overview, StringComparison.OrdinalIgnoreCase))
        && !path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/ops/features", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/ops/static", StringComparison.OrdinalIgnoreCase);

    /// <summary>State-changing routes that check an antiforgery token: the only non-GET requests the
    /// sign-in cookie may authenticate (PUT /ops/features and the rest need the bearer header).</summary>
    public static bool IsDashboardForm(PathString path) =>
        path.StartsWithSegments(Flags, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(Alerts, StringComparison.OrdinalIgnoreCase)
        || IsDocumentKeepForm(path);

    /// <summary>The document page's keep form, POST /ops/documents/{id}/keep.</summary>
    private static bool IsDocumentKeepForm(PathString path) =>
        path.StartsWithSegments("/ops/documents", StringComparison.OrdinalIgnoreCase)
        && path.Value!.EndsWith("/keep", StringComparison.OrdinalIgnoreCase)
        && path.Value.Count(c => c == '/') == 4;

    /// <summary>The document page's keep form for one document.</summary>
    public static string DocumentKeepFor(Guid id) => $"/ops/documents/{id}/keep";
}
