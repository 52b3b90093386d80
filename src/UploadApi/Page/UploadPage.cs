using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace DocumentUploads.UploadApi.Page;

/// <summary>The veteran's upload page at <c>/</c>: plain files from <c>wwwroot</c>, public (the API
/// calls it makes carry the veteran's bearer token), sent with headers that allow only this origin's
/// own scripts, styles and API.</summary>
public static class UploadPage
{
    /// <summary>Only files from this origin; no inline script or style, no framing, no plugins.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static WebApplication UseUploadPage(this WebApplication app)
    {
        app.UseDefaultFiles(); // "/" -> index.html
        app.UseStaticFiles(new StaticFileOptions
        {
            // Only the page's own kinds of file; anything else in wwwroot is not served.
            ContentTypeProvider = new FileExtensionContentTypeProvider(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                [".html"] = "text/html; charset=utf-8",
                [".css"] = "text/css; charset=utf-8",
                [".js"] = "text/javascript; charset=utf-8",
                [".svg"] = "image/svg+xml",
            }),
            OnPrepareResponse = context => AddSecurityHeaders(context.Context.Response.Headers),
        });
        return app;
    }

    public static void AddSecurityHeaders(IHeaderDictionary headers)
    {
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // Small files: revalidate each time so a fixed page reaches every phone at once.
        headers[HeaderNames.CacheControl] = "no-cache";
    }
}
