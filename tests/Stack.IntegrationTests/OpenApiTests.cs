using System.Net;
using System.Text.Json;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.Stack.IntegrationTests;

[Collection(StackCollection.Name)]
public sealed class OpenApiTests(StackFixture stack)
{
    [Fact]
    public async Task The_public_API_is_described_by_an_OpenAPI_document_in_Development()
    {
        using var client = stack.Client(AppIds.UploadApi);
        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v0/benefits_claims/{claimId}/benefits_documents", out var uploads));
        Assert.True(uploads.TryGetProperty("post", out _));
        // The list's paging is part of the contract: its query parameters and its page shape.
        var list = uploads.GetProperty("get");
        var parameters = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("limit", parameters);
        Assert.Contains("cursor", parameters);
        Assert.Contains("DocumentListView", list.GetProperty("responses").GetProperty("200").ToString());
        Assert.True(paths.TryGetProperty("/v0/document_uploads/{id}", out _));
        Assert.True(paths.TryGetProperty("/v0/feature_toggles", out _));
        Assert.Equal("DocumentUploads public API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }
}
