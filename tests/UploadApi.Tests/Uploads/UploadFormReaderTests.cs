using System.Text;
using System.Text.Json;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.UploadApi.Tests.Uploads;

/// <summary>Strict multipart: exactly one file per upload, a damaged body is named as such (not as too large),
/// and fields nobody asked for are ignored.</summary>
public sealed class UploadFormReaderTests
{
    private const string Boundary = "----du-test-boundary";

    private static string FilePart(string name, string fileName, string content = "%PDF-1.4 test") =>
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\n" +
        $"Content-Type: application/pdf\r\n\r\n{content}\r\n";

    private static string Field(string name, string value) =>
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n";

    private static HttpRequest Request(string body)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Request.Method = "POST";
        context.Request.ContentType = $"multipart/form-data; boundary={Boundary}";
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        return context.Request;
    }

    private static async Task<(int Status, string Code, string Detail)> AnswerAsync(IResult result)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        var error = (await JsonDocument.ParseAsync(context.Response.Body)).RootElement.GetProperty("errors")[0];
        return (context.Response.StatusCode, error.GetProperty("code").GetString()!, error.GetProperty("detail").GetString()!);
    }

    [Fact]
    public async Task One_file_with_fields_nobody_asked_for_is_read()
    {
        var (form, error) = await UploadFormReader.ReadAsync(Request(
            FilePart("file", "statement.pdf") + Field("document_type", "L023") + Field("favourite_colour", "blue") + $"--{Boundary}--\r\n"),
            CancellationToken.None);
        Assert.Null(error);
        Assert.Equal("statement.pdf", Assert.Single(form!.Files).FileName);
        Assert.Equal("L023", form["document_type"].ToString());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public async Task More_than_one_file_is_refused_instead_of_keeping_the_first(int files)
    {
        var body = string.Concat(Enumerable.Range(0, files).Select(i => FilePart("file", $"page-{i}.pdf"))) + $"--{Boundary}--\r\n";
        var (form, error) = await UploadFormReader.ReadAsync(Request(body), CancellationToken.None);
        Assert.Null(form);
        var (status, code, detail) = await AnswerAsync(error!);
        Assert.Equal(400, status);
        Assert.Equal(ApiErrors.TooManyFiles, code);
        Assert.Contains("more than one", detail);
    }

    /// <summary>A request body produced as it is read (as a chunked upload arrives), counting what was taken.</summary>
    private sealed class GeneratedBody(byte[] head, long fillerLength, byte[] tail) : Stream
    {
        private long _position;

        public long BytesRead => _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = head.Length + fillerLength + tail.Length;
            var n = (int)Math.Min(count, total - _position);
            for (var i = 0; i < n; i++, _position++)
            {
                buffer[offset + i] = _position < head.Length ? head[_position]
                    : _position < head.Length + fillerLength ? (byte)'a'
                    : tail[_position - head.Length - fillerLength];
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData("notes.txt", 50L * 1024 * 1024)]
    [InlineData("photo.jpg", 50L * 1024 * 1024)]
    [InlineData("statement.pdf", 150L * 1024 * 1024)]
    public async Task A_file_past_its_types_cap_is_refused_when_the_cap_is_passed_not_at_the_end_of_the_body(string fileName, long cap)
    {
        // A body with no length (chunked) twice the cap: reading stops a slice past the cap.
        var body = new GeneratedBody(Encoding.ASCII.GetBytes(Field("document_type", "L023") +
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n"),
            cap * 2, Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Request.Method = "POST";
        context.Request.ContentType = $"multipart/form-data; boundary={Boundary}";
        context.Request.Body = body;

        var (form, error) = await UploadFormReader.ReadAsync(context.Request, CancellationToken.None);

        Assert.Null(form);
        var (status, code, _) = await AnswerAsync(error!);
        Assert.Equal((413, ApiErrors.FileTooLarge), (status, code));
        Assert.InRange(body.BytesRead, cap, cap + 256 * 1024);
    }

    [Fact]
    public async Task A_file_of_exactly_its_cap_is_read_whole()
    {
        const long cap = 50L * 1024 * 1024;
        var body = new GeneratedBody(Encoding.ASCII.GetBytes(
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n\r\n"),
            cap, Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Request.Method = "POST";
        context.Request.ContentType = $"multipart/form-data; boundary={Boundary}";
        context.Request.Body = body;

        var (form, error) = await UploadFormReader.ReadAsync(context.Request, CancellationToken.None);

        Assert.Null(error);
        Assert.Equal(cap, Assert.Single(form!.Files).Length);
    }

    [Fact]
    public async Task A_second_file_under_another_name_is_refused_too()
    {
        var body = FilePart("file", "statement.pdf") + FilePart("attachment", "other.pdf") + $"--{Boundary}--\r\n";
        var (_, error) = await UploadFormReader.ReadAsync(Request(body), CancellationToken.None);
        Assert.Equal(ApiErrors.TooManyFiles, (await AnswerAsync(error!)).Code);
    }

    [Theory]
    [InlineData("a part header that never ends")]
    [InlineData("a body cut off before its closing boundary")]
    public async Task A_damaged_body_is_malformed_not_too_large(string damage)
    {
        var body = damage.StartsWith("a part header", StringComparison.Ordinal)
            ? $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n" + new string('x', 20_000)
            : FilePart("file", "statement.pdf").TrimEnd('\r', '\n') + "\r\nstill the file and then nothing";
        var (form, error) = await UploadFormReader.ReadAsync(Request(body), CancellationToken.None);
        Assert.Null(form);
        var (status, code, _) = await AnswerAsync(error!);
        Assert.Equal(400, status);
        Assert.Equal(ApiErrors.MultipartMalformed, code);
    }
}
