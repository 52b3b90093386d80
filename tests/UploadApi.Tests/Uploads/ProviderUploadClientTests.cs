using System.Net;
using System.Net.Http.Json;
using System.Text;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Uploads;
using PdfSharp.Pdf.IO;

namespace DocumentUploads.UploadApi.Tests.Uploads;

/// <summary>What reaches the provider service: the validated content under the sanitized name, never the password.</summary>
public class ProviderUploadClientTests
{
    private const string Password = "client-test-password";

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public byte[] Body { get; private set; } = [];

        public RecordedParts Parts { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            foreach (var part in (MultipartFormDataContent)request.Content)
            {
                Parts.Add(part.Headers.ContentDisposition!.Name!.Trim('"'), part.Headers.ContentDisposition.FileName?.Trim('"'),
                    await part.ReadAsByteArrayAsync(cancellationToken));
            }
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(new ProviderUploadResult("req-1")) };
        }
    }

    /// <summary>The parts of one multipart request, by name.</summary>
    private sealed class RecordedParts
    {
        public Dictionary<string, (string? FileName, byte[] Content)> ByName { get; } = [];

        public void Add(string name, string? fileName, byte[] content) => ByName[name] = (fileName, content);
    }

    private static ProviderUploadClient Client(HttpMessageHandler handler) => new(StubServiceClients.ByAppId<IProviderApi>(handler,
        ProviderJson.Default, ProviderIds.ServiceAppId(ProviderIds.Lighthouse)));

    [Fact]
    public async Task The_provider_gets_the_unlocked_pdf_under_the_sanitized_name_and_never_the_password()
    {
        var submission = TestUploads.Submission("my.locked.statement.pdf", TestPdfs.Locked(Password), Password);
        var validation = await TestUploads.ValidateAsync(submission);
        await using var upload = validation.Upload!;
        var handler = new RecordingHandler();

        var outcome = await Client(handler).UploadAsync(ProviderIds.Lighthouse, upload, CancellationToken.None);

        Assert.True(outcome.Accepted);
        var (fileName, content) = handler.Parts.ByName[ProviderRoutes.FilePart];
        Assert.Equal("mylockedstatement.pdf", fileName);
        using (var document = PdfReader.Open(new MemoryStream(content), PdfDocumentOpenMode.Modify))
        {
            Assert.Equal(2, document.PageCount);
        }
        var metadata = Encoding.UTF8.GetString(handler.Parts.ByName[ProviderRoutes.MetadataPart].Content);
        Assert.Contains("\"fileName\":\"mylockedstatement.pdf\"", metadata);
        Assert.DoesNotContain(Password, Encoding.Latin1.GetString(handler.Body));
    }

    [Fact]
    public async Task Any_other_file_is_sent_exactly_as_it_arrived()
    {
        var text = "Dear VA,\nplease find my statement.\n"u8.ToArray();
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("notes.txt", text));
        await using var upload = validation.Upload!;
        var handler = new RecordingHandler();

        await Client(handler).UploadAsync(ProviderIds.Lighthouse, upload, CancellationToken.None);

        Assert.Equal(text, handler.Parts.ByName[ProviderRoutes.FilePart].Content);
    }
}
