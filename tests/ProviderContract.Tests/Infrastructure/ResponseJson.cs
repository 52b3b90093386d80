using System.Text.Json;

namespace DocumentUploads.ProviderContract.Tests.Infrastructure;

public static class ResponseJson
{
    /// <summary>The body as <typeparamref name="T"/>; the raw body is in the failure message when it is not.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonSerializer.Deserialize<T>(text, JsonSerializerOptions.Web)
                ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException e)
        {
            throw new JsonException($"{(int)response.StatusCode} body is not a {typeof(T).Name}: {text}", e);
        }
    }
}
