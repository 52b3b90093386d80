using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Http.HttpResults;
using DocumentUploads.UploadApi.Uploads;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Api;

/// <summary><c>GET /v0/upload_options</c>: the document types, file extensions and size ceilings the
/// upload rules enforce, so the upload page offers exactly these without a second, hand-kept copy.</summary>
public static class UploadOptionsApi
{
    public const string Route = "/v0/upload_options";

    public static IEndpointRouteBuilder MapUploadOptionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, Get).RequireAuthorization(AuthPolicies.User);
        return app;
    }

    public static Ok<UploadOptionsView> Get() => TypedResults.Ok(new UploadOptionsView(
        DocumentTypes.All.Select(t => new DocumentTypeOption(t.Key, t.Value)).OrderBy(t => t.Label, StringComparer.Ordinal).ToList(),
        AllowedFileTypes.Extensions.Order(StringComparer.Ordinal).ToList(),
        FileSizeRules.MaxPdfBytes,
        FileSizeRules.MaxOtherBytes));
}
