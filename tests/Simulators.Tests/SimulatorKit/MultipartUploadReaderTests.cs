using DocumentUploads.SimulatorKit.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

public sealed class MultipartUploadReaderTests
{
    private const string JsonPart = "metadata";
    private const string FilePart = "document";

    [Fact]
    public async Task The_json_part_is_read_and_the_file_part_counted_whatever_else_is_sent()
    {
        var context = await ContextAsync(content =>
        {
            content.Add(new StringContent("""{"a":1}"""), JsonPart);
            content.Add(new StringContent("ignored"), "other");
            content.Add(new ByteArrayContent(new byte[1000]), FilePart, "doc.pdf");
        });

        var upload = await MultipartUploadReader.ReadAsync(context, JsonPart, FilePart, maxFileBytes: 4096);

        Assert.Equal(new MultipartUpload("""{"a":1}""", 1000, FileTooLarge: false), upload);
    }

    [Fact]
    public async Task Missing_parts_are_null()
    {
        var context = await ContextAsync(content => content.Add(new StringContent("x"), "other"));

        var upload = await MultipartUploadReader.ReadAsync(context, JsonPart, FilePart, maxFileBytes: 4096);

        Assert.Equal(new MultipartUpload(null, null, FileTooLarge: false), upload);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_too_large()
    {
        var context = await ContextAsync(content => content.Add(new ByteArrayContent(new byte[4097]), FilePart, "doc.pdf"));

        var upload = await MultipartUploadReader.ReadAsync(context, JsonPart, FilePart, maxFileBytes: 4096);

        Assert.True(upload.FileTooLarge);
        Assert.Null(upload.Problem);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_names_the_parts_expected()
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream("{}"u8.ToArray());

        var upload = await MultipartUploadReader.ReadAsync(context, JsonPart, FilePart, maxFileBytes: 4096);

        Assert.Equal("The request must be multipart/form-data with parts 'metadata' and 'document'.", upload.Problem);
    }

    [Fact]
    public async Task An_oversized_json_part_is_a_malformed_body()
    {
        var context = await ContextAsync(content => content.Add(new StringContent(new string('x', 64 * 1024 + 1)), JsonPart));

        var upload = await MultipartUploadReader.ReadAsync(context, JsonPart, FilePart, maxFileBytes: 4096);

        Assert.Equal("The multipart body is malformed: The metadata part is larger than 65536 bytes.", upload.Problem);
    }

    [Fact]
    public async Task The_request_body_limit_is_raised_above_the_file_limit()
    {
        var context = await ContextAsync(content => content.Add(new StringContent("{}"), JsonPart));
        var bodyLimit = new WritableBodySizeLimit();
        context.Features.Set<IHttpMaxRequestBodySizeFeature>(bodyLimit);

        await MultipartUploadReader.ReadAsync(context, JsonPart, FilePart, maxFileBytes: 200L * 1024 * 1024);

        Assert.True(bodyLimit.MaxRequestBodySize > 200L * 1024 * 1024);
    }

    private static async Task<DefaultHttpContext> ContextAsync(Action<MultipartFormDataContent> addParts)
    {
        using var content = new MultipartFormDataContent();
        addParts(content);
        var context = new DefaultHttpContext();
        context.Request.ContentType = content.Headers.ContentType!.ToString();
        context.Request.Body = new MemoryStream(await content.ReadAsByteArrayAsync());
        return context;
    }
}
