using System.Globalization;
using System.Text;
using DocumentUploads.Contracts.Features;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Ops.Queries;
using static DocumentUploads.DocumentWorkflow.Ops.Html.OpsHtml;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>The body of each dashboard page, from the same report objects the JSON routes return. Pure.</summary>
public static class OpsPages
{
    public static string Overview(OpsSummary summary, ThroughputReport day, StuckReport stuck, CycleView? lastCycle,
        IReadOnlyList<string> panels)
    {
        var html = new StringBuilder();
        // Panels registered by other features (active alerts first) go above the counts.
        html.Append("<div id=\"overview-panels\" data-testid=\"overview-panels\">");
        foreach (var panel in panels) html.Append(panel);
        html.Append("</div>");

        html.Append("<section aria-labelledby=\"h-glance\"><h2 id=\"h-glance\">At a glance</h2><div class=\"figures\">")
            .Append("<div>Documents").Append(Number("total", summary.Total)).Append("</div>")
            .Append("<div>Uploads, last 24 h").Append(Number("24h.uploads", day.Uploads)).Append("</div>")
            .Append("<div>Completed, last 24 h").Append(Number("24h.completions", day.Completions)).Append("</div>")
            .Append("<div>Failed, last 24 h").Append(Number("24h.failures", day.Failures)).Append("</div>")
            .Append(CultureInfo.InvariantCulture, $"<div><a href=\"{OpsRoutes.Stuck}\">Pending &gt; {Hours(stuck.WarningAfterHours)}</a>")
            .Append(Number("stuck.warning", stuck.PastWarning)).Append("</div>")
            .Append(CultureInfo.InvariantCulture, $"<div><a href=\"{OpsRoutes.Stuck}\">Pending &gt; {Hours(stuck.CriticalAfterHours)}</a>")
            .Append(Number("stuck.critical", stuck.PastCritical)).Append("</div>")
            .Append("<div>Last poll cycle").Append(lastCycle is null
                ? "<span class=\"figure muted\">none yet</span>"
                : $"<span class=\"figure\" data-testid=\"last-cycle\">{Status(lastCycle.Outcome)}</span>{Time(lastCycle.StartedAt)}")
            .Append("</div></div></section>");

        html.Append("<section aria-labelledby=\"h-day\"><h2 id=\"h-day\">Last 24 hours</h2>")
            .Append(ThroughputChart.Render(day, "chart-24h"))
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{OpsRoutes.Throughput}\">Both charts and their numbers</a></p></section>");

        html.Append("<div class=\"grid\">")
            .Append(StatusTable(summary))
            .Append(Breakdown("Provider", "by-provider", "provider", summary.ByProvider))
            .Append(Breakdown("Document type", "by-document-type", "document_type", summary.ByDocumentType))
            .Append(Breakdown("Form 526 kind", "by-form526-kind", "form526_kind", summary.ByForm526Kind))
            .Append("</div>");
        return html.ToString();
    }

    private static string StatusTable(OpsSummary summary)
    {
        var html = new StringBuilder("<section aria-labelledby=\"h-status\"><h2 id=\"h-status\">By status and step</h2>");
        if (summary.ByStatus.Count == 0) return html.Append(Empty("No documents yet.")).Append("</section>").ToString();
        html.Append("<table id=\"by-status\" data-testid=\"by-status\"><thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Step</th><th scope=\"col\" class=\"num\">Documents</th></tr></thead><tbody>");
        foreach (var status in summary.ByStatus)
        {
            html.Append("<tr><th scope=\"row\">").Append(Status(status.Status)).Append("</th><td>all</td>")
                .Append(NumberCell($"status.{status.Status}", status.Count)).Append("</tr>");
            foreach (var step in status.Steps)
            {
                html.Append("<tr><td></td><td title=\"").Append(E(step.Step)).Append("\">").Append(E(step.Label)).Append("</td>")
                    .Append(NumberCell($"status.{status.Status}.{step.Step}", step.Count)).Append("</tr>");
            }
        }
        return html.Append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"2\">Total</th>")
            .Append(NumberCell("status.total", summary.Total)).Append("</tr></tfoot></table></section>").ToString();
    }

    private static string Breakdown(string heading, string id, string metric, IReadOnlyList<BreakdownRow> rows)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"h-{id}\"><h2 id=\"h-{id}\">By {E(heading.ToLowerInvariant())}</h2>");
        if (rows.Count == 0) return html.Append(Empty("None.")).Append("</section>").ToString();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"wrap\"><table id=\"{id}\" data-testid=\"{id}\"><thead><tr><th scope=\"col\">{E(heading)}</th><th scope=\"col\" class=\"num\">All</th><th scope=\"col\" class=\"num\">Pending</th><th scope=\"col\" class=\"num\">Completed</th><th scope=\"col\" class=\"num\">Failed</th><th scope=\"col\" class=\"num\">Other</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            long Of(params string[] statuses) => statuses.Sum(s => row.ByStatus.GetValueOrDefault(s));
            var pending = Of(DocumentStatuses.Submitted, DocumentStatuses.InProgress);
            var completed = Of(DocumentStatuses.Completed);
            var failed = Of(DocumentStatuses.Failed, DocumentStatuses.UploadFailed);
            var prefix = $"{metric}.{row.Key}";
            html.Append("<tr><th scope=\"row\">").Append(E(row.Key)).Append("</th>")
                .Append(NumberCell(prefix, row.Total)).Append(NumberCell($"{prefix}.pending", pending))
                .Append(NumberCell($"{prefix}.completed", completed)).Append(NumberCell($"{prefix}.failed", failed))
                .Append(NumberCell($"{prefix}.other", row.Total - pending - completed - failed)).Append("</tr>");
        }
        return html.Append("</tbody></table></div></section>").ToString();
    }

    public static string Throughput(ThroughputReport day, ThroughputReport week) =>
        new StringBuilder()
            .Append("<section aria-labelledby=\"h-24h\"><h2 id=\"h-24h\">Last 24 hours, per hour</h2>")
            .Append(ThroughputChart.Render(day, "chart-24h")).Append(ThroughputChart.Table(day, "chart-24h")).Append("</section>")
            .Append("<section aria-labelledby=\"h-7d\"><h2 id=\"h-7d\">Last 7 days, per 6 hours</h2>")
            .Append(ThroughputChart.Render(week, "chart-7d")).Append(ThroughputChart.Table(week, "chart-7d")).Append("</section>")
            .Append("<p class=\"muted\">Uploads: documents created (accepted or refused by the provider). Failures: <code>failed</code> and <code>upload_failed</code>.</p>")
            .ToString();

    public static string Failures(IReadOnlyList<OpsDocumentRow> failures, int limit)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">The latest {limit} <code>failed</code> and <code>upload_failed</code> documents, newest first.</p>");
        if (failures.Count == 0) return html.Append(Empty("No failed documents.")).ToString();
        html.Append("<div class=\"wrap\"><table id=\"failures\" data-testid=\"failures\"><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Provider</th><th scope=\"col\">Status</th><th scope=\"col\">Step</th><th scope=\"col\">Provider error</th><th scope=\"col\">Type</th><th scope=\"col\">When</th></tr></thead><tbody>");
        foreach (var d in failures)
        {
            html.Append("<tr data-document-id=\"").Append(d.Id).Append("\"><td>").Append(DocumentLink(d.Id)).Append("</td><td>")
                .Append(E(d.Provider)).Append("</td><td>").Append(Status(d.Status)).Append("</td><td>").Append(E(d.StepLabel ?? "—"))
                .Append("</td><td data-field=\"error\">").Append(E(d.Error ?? "(no error detail)")).Append("</td><td>").Append(E(d.DocumentType))
                .Append("</td><td>").Append(Time(d.UpdatedAt)).Append("</td></tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }

    public static string Stuck(StuckReport stuck)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"figures\">")
            .Append(CultureInfo.InvariantCulture, $"<div>Pending &gt; {Hours(stuck.WarningAfterHours)} (warning)").Append(Number("stuck.warning", stuck.PastWarning)).Append("</div>")
            .Append(CultureInfo.InvariantCulture, $"<div>Pending &gt; {Hours(stuck.CriticalAfterHours)} (critical)").Append(Number("stuck.critical", stuck.PastCritical)).Append("</div>")
            .Append("<div>not_found").Append(Number("not_found", stuck.NotFound)).Append("</div>")
            .Append("<div>timed_out").Append(Number("timed_out", stuck.TimedOut)).Append("</div></div>");
        html.Append("<section aria-labelledby=\"h-stuck\"><h2 id=\"h-stuck\">Pending too long (oldest first)</h2>");
        if (stuck.Stuck.Count == 0) html.Append(Empty("No document is pending past the thresholds."));
        else
        {
            html.Append("<div class=\"wrap\"><table id=\"stuck\" data-testid=\"stuck\"><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Provider</th><th scope=\"col\">Status</th><th scope=\"col\">Step</th><th scope=\"col\" class=\"num\">Age</th><th scope=\"col\">Severity</th><th scope=\"col\">Uploaded</th></tr></thead><tbody>");
            foreach (var s in stuck.Stuck)
            {
                html.Append("<tr data-document-id=\"").Append(s.Document.Id).Append("\" data-severity=\"").Append(E(s.Severity)).Append("\"><td>")
                    .Append(DocumentLink(s.Document.Id)).Append("</td><td>").Append(E(s.Document.Provider)).Append("</td><td>")
                    .Append(Status(s.Document.Status)).Append("</td><td>").Append(E(s.Document.StepLabel ?? "—")).Append("</td><td class=\"num\">")
                    .Append(Hours(s.AgeHours)).Append("</td><td><span class=\"status sev-").Append(E(s.Severity)).Append("\">").Append(E(s.Severity))
                    .Append("</span></td><td>").Append(Time(s.Document.CreatedAt)).Append("</td></tr>");
            }
            html.Append("</tbody></table></div>");
        }
        html.Append("</section>")
            .Append(DocumentList("not_found", "Not found by the provider", stuck.NotFoundDocuments))
            .Append(DocumentList("timed_out", "Timed out (still polled)", stuck.TimedOutDocuments));
        return html.ToString();
    }

    private static string DocumentList(string id, string heading, IReadOnlyList<OpsDocumentRow> rows)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"h-{id}\"><h2 id=\"h-{id}\">{E(heading)}</h2>");
        if (rows.Count == 0) return html.Append(Empty("None.")).Append("</section>").ToString();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"wrap\"><table id=\"{id}\" data-testid=\"{id}\"><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Provider</th><th scope=\"col\">Step</th><th scope=\"col\">Detail</th><th scope=\"col\">Uploaded</th><th scope=\"col\">Since</th></tr></thead><tbody>");
        foreach (var d in rows)
        {
            html.Append("<tr data-document-id=\"").Append(d.Id).Append("\"><td>").Append(DocumentLink(d.Id)).Append("</td><td>")
                .Append(E(d.Provider)).Append("</td><td>").Append(E(d.StepLabel ?? "—")).Append("</td><td>").Append(E(d.Error ?? ""))
                .Append("</td><td>").Append(Time(d.CreatedAt)).Append("</td><td>").Append(Time(d.UpdatedAt)).Append("</td></tr>");
        }
        return html.Append("</tbody></table></div></section>").ToString();
    }

    public static string Cycles(IReadOnlyList<CycleView> cycles)
    {
        if (cycles.Count == 0) return Empty("No poll cycle has run yet.");
        var html = new StringBuilder("<div class=\"wrap\"><table id=\"cycles\" data-testid=\"cycles\"><thead><tr><th scope=\"col\">Started</th><th scope=\"col\">Trigger</th><th scope=\"col\">Outcome</th><th scope=\"col\" class=\"num\">Duration</th><th scope=\"col\" class=\"num\">Polled</th><th scope=\"col\" class=\"num\">Transitions</th><th scope=\"col\" class=\"num\">Provider errors</th><th scope=\"col\">Message</th></tr></thead><tbody>");
        foreach (var c in cycles)
        {
            var id = c.Id.ToString();
            html.Append("<tr data-cycle-id=\"").Append(id).Append("\"><td>").Append(Time(c.StartedAt)).Append("</td><td>").Append(E(c.Trigger))
                .Append("</td><td>").Append(Status(c.Outcome)).Append("</td><td class=\"num\">")
                .Append(c.DurationMs is { } ms ? (ms / 1000.0).ToString("0.###", CultureInfo.InvariantCulture) + " s" : "running")
                .Append("</td>").Append(NumberCell($"cycle.{id}.polled", c.DocumentsPolled))
                .Append(NumberCell($"cycle.{id}.transitions", c.Transitions)).Append(NumberCell($"cycle.{id}.provider_errors", c.ProviderErrors))
                .Append("<td>").Append(E(c.Message ?? "")).Append("</td></tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }

    public static string Form526(Form526IncompleteReport report)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Submitted before {Time(report.SubmittedBefore)} (SLA {Hours(report.SlaHours)}, <code>Form526:CompletionSla</code>) with an expected document not <code>completed</code>; oldest first, at most {report.Limit}.</p>")
            .Append("<div class=\"figures\"><div>Incomplete past SLA").Append(Number("form526.incomplete", report.Submissions.Count)).Append("</div></div>");
        if (report.Submissions.Count == 0) return html.Append(Empty("Every submission past its SLA is complete.")).ToString();
        html.Append("<div class=\"wrap\"><table id=\"form526\" data-testid=\"form526\"><thead><tr><th scope=\"col\">Submission</th><th scope=\"col\">Claim</th><th scope=\"col\">Submitted</th><th scope=\"col\">Expected documents</th></tr></thead><tbody>");
        foreach (var s in report.Submissions)
        {
            html.Append("<tr data-submission-id=\"").Append(E(s.SubmissionId)).Append("\"><td>").Append(E(s.SubmissionId)).Append("</td><td>")
                .Append(E(s.ClaimId)).Append("</td><td>").Append(Time(s.SubmittedAt)).Append("</td><td><ul>");
            foreach (var e in s.Expected)
            {
                html.Append("<li>").Append(E(e.Kind)).Append(e.AttachmentId is null ? "" : $" ({E(e.AttachmentId)})").Append(": ")
                    .Append(e.DocumentId is { } id ? $"{Status(e.Status ?? "unknown")} {DocumentLink(id)}" : "<span class=\"status status-failed\">never uploaded</span>")
                    .Append("</li>");
            }
            html.Append("</ul></td></tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }

    public static string Document(TrackedDocumentView d)
    {
        var html = new StringBuilder();
        html.Append("<dl class=\"grid\" id=\"document\" data-testid=\"document\" data-document-id=\"").Append(d.Id).Append("\">");
        void Row(string label, string valueHtml) => html.Append("<div><dt>").Append(E(label)).Append("</dt><dd>").Append(valueHtml).Append("</dd></div>");
        Row("Status", Status(d.Status));
        Row("Step", E(StepLabels.Label(d.Step) ?? "—"));
        Row("Error", E(d.Error ?? "—"));
        Row("Provider", E(d.Provider));
        Row("Provider request id", E(d.ProviderRequestId ?? "—"));
        Row("Claim", E(d.ClaimId));
        Row("Participant", E(d.ParticipantId));
        Row("Document type", E(d.DocumentType));
        Row("File name", E(d.FileName));
        Row("Form 526", d.Form526SubmissionId is null ? "—" : E($"{d.Form526SubmissionId} · {d.Form526Kind} {d.AttachmentId}"));
        Row("Uploaded", Time(d.CreatedAt));
        Row("Last change", Time(d.UpdatedAt));
        Row("Last polled", Time(d.LastPolledAt));
        Row("Veteran notice", d.VeteranNotice is { } notice
            ? $"<span data-testid=\"veteran-notice\" data-state=\"{E(notice.State)}\">{E(notice.Summary)}</span>"
            : "—");
        html.Append("</dl><h2>History</h2><div class=\"wrap\"><table id=\"history\" data-testid=\"history\"><thead><tr><th scope=\"col\">When</th><th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">Step</th><th scope=\"col\">Provider status</th><th scope=\"col\">Detail</th></tr></thead><tbody>");
        foreach (var t in d.History)
        {
            html.Append("<tr data-to=\"").Append(E(t.To)).Append("\"><td>").Append(Time(t.At)).Append("</td><td>").Append(E(t.From ?? "—"))
                .Append("</td><td>").Append(Status(t.To)).Append("</td><td>").Append(E(StepLabels.Label(t.Step) ?? "—")).Append("</td><td>")
                .Append(E(t.ProviderStatus ?? "—")).Append("</td><td>").Append(E(t.Detail ?? "")).Append("</td></tr>");
        }
        return html.Append(CultureInfo.InvariantCulture, $"</tbody></table></div><p><a href=\"/ops/api/documents/{d.Id}\">As JSON</a></p>").ToString();
    }

    /// <param name="message">A notice after a change (or null).</param>
    /// <param name="error">A refused change: code and sentence (or null).</param>
    public static string Flags(OpsPageContext context, IReadOnlyList<string> names, FlagsReport report, string? message,
        (string Code, string Detail)? error)
    {
        var html = new StringBuilder();
        if (message is not null) html.Append("<p class=\"notice\" role=\"status\" data-testid=\"flag-notice\">").Append(E(message)).Append("</p>");
        if (error is { } e)
        {
            html.Append("<p class=\"error\" role=\"alert\" data-testid=\"flag-error\" data-code=\"").Append(E(e.Code)).Append("\">")
                .Append(E(e.Detail)).Append("</p>");
        }
        html.Append("<p class=\"muted\">Off: off for everyone. On: on for the listed users (token subjects) and that percentage of everyone else; on for everyone when no users and 0 %. upload-api picks a change up within seconds.</p>");
        foreach (var name in names)
        {
            var current = report.Overrides.FirstOrDefault(o => o.Name == name);
            var id = name.Replace('_', '-');
            html.Append(CultureInfo.InvariantCulture, $"<form class=\"flag\" method=\"post\" action=\"/ops/flags/{Uri.EscapeDataString(name)}\" id=\"flag-{E(id)}\" data-testid=\"flag-{E(name)}\" data-flag=\"{E(name)}\" data-enabled=\"{(current?.Enabled ?? false ? "true" : "false")}\">")
                .Append("<h2>").Append(E(name)).Append("</h2><p class=\"muted\">")
                .Append(current is null
                    ? $"No operator setting: upload-api's configured default applies (<code>FeatureManagement:{E(name)}</code>)."
                    : $"Set by {E(current.ChangedBy)} at {Time(current.ChangedAt)}.")
                .Append("</p>").Append(context.AntiforgeryInput)
                .Append(CultureInfo.InvariantCulture, $"<label for=\"{E(id)}-enabled\"><input type=\"checkbox\" name=\"enabled\" value=\"true\" id=\"{E(id)}-enabled\" data-testid=\"{E(name)}-enabled\"{(current?.Enabled == true ? " checked" : "")}> Enabled</label>")
                .Append(CultureInfo.InvariantCulture, $"<label for=\"{E(id)}-users\">Users (token subjects, comma or line separated)</label><textarea name=\"users\" id=\"{E(id)}-users\" data-testid=\"{E(name)}-users\" rows=\"2\">{E(string.Join(", ", current?.Users ?? []))}</textarea>")
                .Append(CultureInfo.InvariantCulture, $"<label for=\"{E(id)}-percentage\">Percentage of everyone else (0–100)</label><input type=\"number\" name=\"percentage\" id=\"{E(id)}-percentage\" data-testid=\"{E(name)}-percentage\" min=\"0\" max=\"100\" step=\"1\" value=\"{current?.Percentage ?? 0}\"> ")
                .Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" id=\"{E(id)}-save\" data-testid=\"{E(name)}-save\">Save {E(name)}</button></form>");
        }
        html.Append("<section aria-labelledby=\"h-changes\"><h2 id=\"h-changes\">Recent changes</h2>");
        if (report.Changes.Count == 0) return html.Append(Empty("No operator has changed a flag yet.")).Append("</section>").ToString();
        html.Append("<div class=\"wrap\"><table id=\"flag-changes\" data-testid=\"flag-changes\"><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Flag</th><th scope=\"col\">Enabled</th><th scope=\"col\">Users</th><th scope=\"col\" class=\"num\">%</th><th scope=\"col\">By</th></tr></thead><tbody>");
        foreach (var c in report.Changes)
        {
            html.Append("<tr data-flag=\"").Append(E(c.Name)).Append("\"><td>").Append(Time(c.ChangedAt)).Append("</td><td>").Append(E(c.Name))
                .Append("</td><td>").Append(c.Enabled ? "on" : "off").Append("</td><td>").Append(E(string.Join(", ", c.Users)))
                .Append("</td><td class=\"num\">").Append(c.Percentage).Append("</td><td data-field=\"changed-by\">").Append(E(c.ChangedBy))
                .Append("</td></tr>");
        }
        return html.Append("</tbody></table></div></section>").ToString();
    }

    public static string SignIn(OpsPageContext context, bool offerDevelopmentSignIn, string? error)
    {
        var html = new StringBuilder();
        if (error is not null) html.Append("<p class=\"error\" role=\"alert\" id=\"sign-in-error\" data-testid=\"sign-in-error\">").Append(E(error)).Append("</p>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{OpsRoutes.SignIn}\" id=\"sign-in-form\" data-testid=\"sign-in-form\">")
            .Append(context.AntiforgeryInput)
            .Append("<label for=\"token\">Ops token (a user JWT with the ops role)</label>")
            .Append("<textarea name=\"token\" id=\"token\" data-testid=\"token\" rows=\"4\" required autocomplete=\"off\" spellcheck=\"false\"")
            .Append(error is null ? "" : " aria-describedby=\"sign-in-error\"").Append("></textarea>")
            .Append("<p><button type=\"submit\" id=\"sign-in\" data-testid=\"sign-in\">Sign in</button></p></form>")
            .Append("<p class=\"muted\">The token is kept in an HttpOnly cookie for the /ops pages until it expires or you sign out.</p>");
        if (offerDevelopmentSignIn)
        {
            html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{OpsRoutes.DevelopmentSignIn}\" id=\"dev-sign-in-form\">")
                .Append(context.AntiforgeryInput)
                .Append("<p><button type=\"submit\" id=\"dev-sign-in\" data-testid=\"dev-sign-in\">Sign in as the development operator</button> ")
                .Append("<span class=\"muted\">(Development environment only)</span></p></form>");
        }
        return html.ToString();
    }

    public static string Forbidden() =>
        "<p class=\"error\" role=\"alert\" data-testid=\"forbidden\">Your token does not have the <code>ops</code> role, so it cannot open the ops dashboard.</p>" +
        $"<form method=\"post\" action=\"{OpsRoutes.SignOut}\"><button type=\"submit\" id=\"forbidden-sign-out\">Sign out and use another token</button></form>";
}
