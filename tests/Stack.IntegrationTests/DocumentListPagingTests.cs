using System.Net;
using System.Net.Http.Json;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>The claim's document list pages by keyset through upload-api and document-workflow: newest first,
/// every document once, a cursor that is opaque and checked, limits that are checked.</summary>
[Collection(StackCollection.Name)]
public sealed class DocumentListPagingTests(StackFixture stack)
{
    private sealed record Page(IReadOnlyList<DocumentAnswer> Data, string? NextCursor);

    [Fact]
    public async Task Pages_follow_the_cursor_newest_first_with_every_document_once()
    {
        const string claim = "600000601";
        using var veteran = await stack.VeteranAsync("600043601");
        var uploaded = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            using var answer = await Uploads.PostAsync(veteran, claim, Uploads.Form($"page-{i}.pdf"));
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
            uploaded.Add((await answer.Content.ReadFromJsonAsync<DocumentAnswer>())!.Id);
        }

        var seen = new List<Guid>();
        var sizes = new List<int>();
        string? cursor = null;
        do
        {
            var page = (await veteran.GetFromJsonAsync<Page>(
                $"/v0/benefits_claims/{claim}/benefits_documents?limit=2" + (cursor is null ? "" : $"&cursor={cursor}")))!;
            seen.AddRange(page.Data.Select(d => d.Id));
            sizes.Add(page.Data.Count);
            cursor = page.NextCursor;
        } while (cursor is not null && sizes.Count < 10);

        Assert.Equal([2, 2, 1], sizes);
        Assert.Equal(Enumerable.Reverse(uploaded), seen);
        var everything = (await veteran.GetFromJsonAsync<Page>($"/v0/benefits_claims/{claim}/benefits_documents"))!;
        Assert.Equal(5, everything.Data.Count);
        Assert.Null(everything.NextCursor);
    }

    [Theory]
    [InlineData("limit=0", "INVALID_LIMIT")]
    [InlineData("limit=201", "INVALID_LIMIT")]
    [InlineData("limit=abc", "INVALID_LIMIT")]
    [InlineData("cursor=not-a-cursor", "INVALID_CURSOR")]
    [InlineData("cursor=ZDEuLTE", "INVALID_CURSOR")] // "d1.-1"
    public async Task A_bad_limit_or_cursor_is_a_clear_400(string query, string code)
    {
        using var veteran = await stack.VeteranAsync("600043602");
        using var answer = await veteran.GetAsync($"/v0/benefits_claims/600000602/benefits_documents?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var error = Assert.Single((await answer.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Detail));
    }
}
