using System.Text.Json.Serialization;

namespace DocumentUploads.Stack.IntegrationTests.Notices;

public sealed record SimRecipient(
    [property: JsonPropertyName("id_type")] string IdType,
    [property: JsonPropertyName("id_value")] string IdValue);
