using System.Security.Cryptography;
using System.Text;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>The dashboard's only stylesheet (about 3 KB), served by the service itself. Its URL carries a
/// hash of its content, so browsers may cache it for a year and still get a changed one at once.</summary>
public static class OpsStylesheet
{
    public const string Css = """
        :root{--fg:#1b1b1b;--muted:#5c5c5c;--line:#d6d7d9;--bg:#fff;--head:#112e51;--link:#005ea2;
        --up:#005ea2;--ok:#00a91c;--bad:#d54309;--warn:#936f38}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
        a{color:var(--link)}
        .skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
        header{background:var(--head);color:#fff;padding:6px 12px;display:flex;flex-wrap:wrap;align-items:center;gap:6px 16px}
        header a{color:#fff}.brand{font-weight:700}
        nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px}
        nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
        .sign-out{margin-left:auto}.sign-out .muted{color:#dfe1e2}
        main{padding:12px 16px;max-width:1200px}
        h1{font-size:1.4rem;margin:.4rem 0 .8rem}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
        section{margin-bottom:1.2rem}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:8px 24px}
        table{border-collapse:collapse;width:100%;margin:.3rem 0}
        th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
        th{font-weight:600;background:#f0f0f0}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .muted{color:var(--muted)}.empty{color:var(--muted);font-style:italic}
        .figure{font-size:1.6rem;font-weight:700;display:block}
        .figures{display:flex;flex-wrap:wrap;gap:8px 28px;margin:.4rem 0}
        .status{padding:0 4px;border-radius:3px;border:1px solid var(--line);white-space:nowrap}
        .status-failed,.status-upload_failed,.status-not_found,.sev-critical{border-color:var(--bad);color:var(--bad)}
        .status-timed_out,.sev-warning{border-color:var(--warn);color:var(--warn)}
        .status-completed{border-color:var(--ok);color:#00731b}
        .error{border-left:4px solid var(--bad);padding:4px 8px;background:#fff1ee}
        .notice{border-left:4px solid var(--ok);padding:4px 8px;background:#ecf3ec}
        svg.chart{width:100%;height:auto;max-width:900px;display:block}
        .chart .s-uploads,.key-uploads{fill:var(--up);background:var(--up)}
        .chart .s-completions,.key-completions{fill:var(--ok);background:var(--ok)}
        .chart .s-failures,.key-failures{fill:var(--bad);background:var(--bad)}
        .chart .axis{stroke:var(--muted);stroke-width:1}.chart text{font-size:11px;fill:var(--muted)}
        .legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}
        form.flag{border:1px solid var(--line);padding:8px;margin:.4rem 0}
        label{display:block;font-weight:600;margin-top:4px}
        input[type=text],input[type=number],textarea{font:inherit;padding:3px;max-width:100%}
        textarea{width:100%;max-width:40rem}
        button{font:inherit;padding:3px 10px;cursor:pointer}
        :focus-visible{outline:3px solid #2491ff;outline-offset:1px}
        .wrap{overflow-x:auto}
        """;

    public static readonly string Version =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))[..12];

    public static string Href => $"{OpsRoutes.Stylesheet}?v={Version}";
}
