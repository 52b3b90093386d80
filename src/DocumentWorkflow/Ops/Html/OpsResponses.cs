using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>How dashboard pages are sent: never cached (operators' data), no framing, nothing loaded from
/// anywhere but this service, and no script at all.</summary>
public static class OpsResponses
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IResult Html(string html, int statusCode = StatusCodes.Status200OK) => new HtmlResult(html, statusCode);

    public static async Task WriteHtmlAsync(HttpContext context, int statusCode, string html)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        await context.Response.WriteAsync(html, Encoding.UTF8);
    }

    /// <summary>The antiforgery token for this request's forms (also sets its cookie).</summary>
    public static OpsPageContext PageContext(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new OpsPageContext(tokens.FormFieldName, tokens.RequestToken ?? "", context.User.FindFirst("sub")?.Value);
    }

    private sealed class HtmlResult(string html, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteHtmlAsync(httpContext, statusCode, html);
    }
}
