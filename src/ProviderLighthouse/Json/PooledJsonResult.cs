using System.Text.Json;

namespace DocumentUploads.ProviderLighthouse.Json;

/// <summary>A 200 whose JSON body was written ahead into a <see cref="PooledBuffer"/>, sent as TypedResults.Ok sends
/// JSON (same content type); the buffer goes back to the pool once sent.</summary>
public sealed class PooledJsonResult(PooledBuffer json) : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>What a Utf8JsonWriter needs to write as the serializer with <paramref name="options"/> would.</summary>
    public static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using (json)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = ContentType;
            response.ContentLength = json.WrittenMemory.Length;
            await response.Body.WriteAsync(json.WrittenMemory, httpContext.RequestAborted);
        }
    }
}
