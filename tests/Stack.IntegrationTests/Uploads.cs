using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DocumentUploads.TestSupport;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>Builds upload requests and reads the API's answers.</summary>
public static class Uploads
{
    public const string UploadRoute = "/v0/benefits_claims/{0}/benefits_documents";

    public static MultipartFormDataContent Form(string fileName, string documentType = "L023", string? trackedItemIds = "[1234]",
        byte[]? content = null)
    {
        var file = new ByteArrayContent(content ?? SamplePdf.Create());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(documentType), "document_type" } };
        if (trackedItemIds is not null) form.Add(new StringContent(trackedItemIds), "tracked_item_ids");
        return form;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string claimId, HttpContent form) =>
        client.PostAsync(string.Format(UploadRoute, claimId), form);

    /// <summary>Reads the document until <paramref name="done"/> holds, bounded by <paramref name="timeout"/>.</summary>
    public static async Task<DocumentAnswer> WaitForAsync(HttpClient client, Guid id, Func<DocumentAnswer, bool> done,
        TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        DocumentAnswer? last = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            last = await client.GetFromJsonAsync<DocumentAnswer>($"/v0/document_uploads/{id}");
            if (last is not null && done(last)) return last;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Document {id} did not reach the expected state; last seen: {last}");
    }
}
