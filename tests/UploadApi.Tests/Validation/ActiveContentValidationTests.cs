using System.Text;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

/// <summary>Through the validator: active PDFs, HTML in a .txt and files that are two formats at once are
/// refused with their own code and a sentence the veteran can act on.</summary>
public sealed class ActiveContentValidationTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static async Task<UploadRejection?> RejectionOf(string fileName, byte[] content)
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission(fileName, content));
        if (validation.Upload is { } upload) await upload.DisposeAsync();
        return validation.Rejection;
    }

    [Fact]
    public async Task A_pdf_that_runs_a_script_when_opened_is_refused_with_what_to_do()
    {
        var rejection = await RejectionOf("statement.pdf", TestPdfs.WithOpenActionScript());
        Assert.Equal(ApiErrors.PdfActiveContent, rejection?.Code);
        Assert.Equal(422, rejection!.Status);
        Assert.Contains("print it to a new PDF", rejection.Detail);
    }

    [Fact]
    public async Task A_pdf_with_a_zip_riding_on_it_is_two_formats()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("payload.txt").Open());
            entry.Write("hello");
        }
        Assert.Equal(ApiErrors.FileIsTwoFormats, (await RejectionOf("statement.pdf", [.. TestPdfs.Plain(), .. zip.ToArray()]))?.Code);
        Assert.Equal(ApiErrors.FileIsTwoFormats, (await RejectionOf("photo.png", [.. Png, .. zip.ToArray()]))?.Code);
        Assert.Null(await RejectionOf("statement.pdf", TestPdfs.Plain()));
    }

    [Fact]
    public async Task An_image_or_text_with_a_pdf_header_inside_is_two_formats()
    {
        Assert.Equal(ApiErrors.FileIsTwoFormats, (await RejectionOf("photo.png", [.. Png, .. "%PDF-1.4\n"u8.ToArray(), .. new byte[100]]))?.Code);
        Assert.Equal(ApiErrors.FileIsTwoFormats, (await RejectionOf("notes.txt", "Notes\n%PDF-1.4\n1 0 obj\n"u8.ToArray()))?.Code);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><p>statement</p>")]
    [InlineData("Dear VA,\n<script>alert(1)</script>")]
    [InlineData("click <a href=\"JavaScript:alert(1)\">here</a>")]
    [InlineData("<SVG onload=alert(1)>")]
    public async Task A_text_file_that_is_a_web_page_is_refused(string text)
    {
        var rejection = await RejectionOf("notes.txt", Encoding.ASCII.GetBytes(text));
        Assert.Equal(ApiErrors.TextContainsHtml, rejection?.Code);
        Assert.Equal(400, rejection!.Status);
    }

    [Fact]
    public async Task Html_straddling_two_read_slices_is_still_found_and_plain_text_with_angle_brackets_is_not()
    {
        var straddling = new byte[64 * 1024 + 100];
        Array.Fill(straddling, (byte)'x');
        "<script>"u8.CopyTo(straddling.AsSpan(64 * 1024 - 3));
        Assert.Equal(ApiErrors.TextContainsHtml, (await RejectionOf("notes.txt", straddling))?.Code);
        Assert.Null(await RejectionOf("notes.txt", "My rating went from 30 < 50 > 40, see <attached>."u8.ToArray()));
    }
}
