using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.LighthouseSim.Errors;

/// <summary>Builds error answers in Lighthouse's shape.</summary>
public static class LighthouseErrors
{
    public static JsonHttpResult<LighthouseErrorBody> Create(int status, string detail)
    {
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var error = new LighthouseError(Title(status), detail, code, code);
        return TypedResults.Json(new LighthouseErrorBody([error]), statusCode: status);
    }

    public static JsonHttpResult<LighthouseErrorBody> BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, detail);

    public static JsonHttpResult<LighthouseErrorBody> NotFound(string detail) => Create(StatusCodes.Status404NotFound, detail);

    private static string Title(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Not authorized",
        404 => "Resource not found",
        413 => "Payload too large",
        429 => "Too many requests",
        500 => "Internal server error",
        _ => "Error",
    };
}
