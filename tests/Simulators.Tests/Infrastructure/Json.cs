using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocumentUploads.Simulators.Tests.Infrastructure;

public static class Json
{
    /// <summary>Reads the body as a JSON tree, to assert on the exact wire shape.</summary>
    public static async Task<JsonNode> ReadNodeAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new JsonException($"The body is JSON null: {text}");
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<T>(text, JsonSerializerOptions.Web)
            ?? throw new JsonException($"The body is JSON null: {text}");
    }
}
