using System.Text;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

/// <summary>The validator over real streams: content checks for every allowed type, size boundaries on
/// files that exist only as their ends, and how little of a large file is read.</summary>
public class UploadValidatorTests
{
    private const long Mb = 1024 * 1024;

    private static readonly byte[] Png = [.. ContentSnifferTests.PngHead, .. new byte[500]];

    /// <summary>A minimal well-formed tail: a classic cross-reference table whose offset the tail names.</summary>
    private static byte[] PdfTail(long fileLength, string trailerExtra = "")
    {
        const string table = "xref\n0 1\n0000000000 65535 f \n";
        var rest = $"trailer\n<</Size 1/Root 1 0 R{trailerExtra}>>\nstartxref\n";
        var withoutOffset = table.Length + rest.Length + "\n%%EOF\n".Length;
        // The offset is where "xref" starts, which depends on how many digits the offset has.
        for (var digits = 1; digits < 20; digits++)
        {
            var offset = fileLength - (withoutOffset + digits);
            if (offset.ToString().Length == digits) return Encoding.ASCII.GetBytes($"{table}{rest}{offset}\n%%EOF\n");
        }
        throw new InvalidOperationException("No offset fits.");
    }

    private static SparseFile LargePdf(long length, string trailerExtra = "") =>
        new(length, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8.ToArray(), PdfTail(length, trailerExtra), (byte)' ');

    public static TheoryData<string, byte[]> MatchingContent => new()
    {
        { "photo.gif", [.. ContentSnifferTests.Gif89Head, .. new byte[100]] },
        { "photo.GIF", [.. ContentSnifferTests.Gif87Head, .. new byte[100]] },
        { "photo.png", Png },
        { "scan.tiff", [.. ContentSnifferTests.TiffIntelHead, .. new byte[100]] },
        { "scan.tif", [.. ContentSnifferTests.TiffMotorolaHead, .. new byte[100]] },
        { "photo.jpeg", [.. ContentSnifferTests.JpegHead, .. new byte[100]] },
        { "photo.jpg", [.. ContentSnifferTests.JpegHead, .. new byte[100]] },
        { "scan.bmp", [.. ContentSnifferTests.BmpHead, .. new byte[100]] },
        { "notes.txt", "Dear VA,\r\n\tI served 1990-1994.\n"u8.ToArray() },
        { "statement.pdf", TestPdfs.Plain() },
    };

    public static TheoryData<string, byte[]> MismatchingContent => new()
    {
        { "photo.gif", Png },
        { "photo.png", [.. ContentSnifferTests.JpegHead, .. new byte[100]] },
        { "scan.tiff", Png },
        { "scan.tif", "plain words"u8.ToArray() },
        { "photo.jpeg", Png },
        { "photo.jpg", [.. ContentSnifferTests.Gif89Head, .. new byte[100]] },
        { "scan.bmp", Png },
        { "notes.txt", Png },
        { "notes.txt", TestPdfs.Plain() },
        { "statement.pdf", Png },
    };

    [Theory]
    [MemberData(nameof(MatchingContent))]
    public async Task Every_allowed_extension_passes_with_matching_content(string fileName, byte[] content)
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission(fileName, content));

        Assert.Null(validation.Rejection);
        await using var upload = validation.Upload!;
        Assert.Equal(content, await TestUploads.ReadContentAsync(upload));
        Assert.False(upload.WasUnlocked);
    }

    [Theory]
    [MemberData(nameof(MismatchingContent))]
    public async Task Every_allowed_extension_is_refused_with_content_of_another_kind(string fileName, byte[] content)
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission(fileName, content));

        Assert.Equal(ApiErrors.FileContentMismatch, validation.Rejection?.Code);
        Assert.Equal(400, validation.Rejection!.Status);
        Assert.Null(validation.Upload);
    }

    [Fact]
    public async Task A_text_file_with_one_non_ascii_byte_deep_inside_is_refused()
    {
        var content = Encoding.ASCII.GetBytes(new string('a', 200_000)).Append((byte)0xE9).Concat("b"u8.ToArray()).ToArray();

        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("notes.txt", content));

        Assert.Equal(ApiErrors.TextNotAscii, validation.Rejection?.Code);
        Assert.Equal(400, validation.Rejection!.Status);
    }

    [Fact]
    public async Task A_text_file_starting_like_a_bitmap_is_still_text()
    {
        Assert.Null((await TestUploads.ValidateAsync(TestUploads.Submission("bmi.txt", "BMI results\n"u8.ToArray()))).Rejection);
        Assert.Equal(ApiErrors.TextNotAscii,
            (await TestUploads.ValidateAsync(TestUploads.Submission("bmi.txt", "BMI \u2013 2024\n"u8.ToArray()))).Rejection?.Code);
    }

    [Fact]
    public async Task A_name_with_two_dots_is_sent_with_only_the_last()
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("my.scan.png", Png));

        await using var upload = validation.Upload!;
        Assert.Equal("myscan.png", upload.FileName);
        Assert.Equal(FileKind.Png, upload.Kind);
    }

    [Fact]
    public async Task The_validated_upload_carries_what_the_provider_is_told()
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("photo.png", Png, documentType: "L070", trackedItemIds: "[7]"));

        await using var upload = validation.Upload!;
        Assert.Equal(("600000001", "600043201", "L070"), (upload.ClaimId, upload.ParticipantId, upload.DocumentType));
        Assert.Equal([7L], upload.TrackedItemIds);
    }

    [Fact]
    public async Task No_file_and_an_empty_file_are_refused_without_reading()
    {
        var missing = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", 10, openFile: null));
        var empty = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", []));

        Assert.Equal(ApiErrors.FileMissing, missing.Rejection?.Code);
        Assert.Equal(ApiErrors.FileEmpty, empty.Rejection?.Code);
    }

    [Fact]
    public async Task A_non_pdf_of_exactly_50_MB_passes_and_one_byte_more_is_refused_unread()
    {
        var atLimit = new SparseFile(50 * Mb, Png, []);
        var overLimit = new SparseFile(50 * Mb + 1, Png, []);

        var passed = await TestUploads.ValidateAsync(TestUploads.Submission("photo.png", atLimit));
        var refused = await TestUploads.ValidateAsync(TestUploads.Submission("photo.png", overLimit));

        Assert.Null(passed.Rejection);
        Assert.Equal(ApiErrors.FileTooLarge, refused.Rejection?.Code);
        Assert.Equal(413, refused.Rejection!.Status);
        Assert.Equal(0, overLimit.BytesRead);
    }

    [Fact]
    public async Task A_pdf_of_exactly_150_MB_passes_and_one_byte_more_is_refused_unread()
    {
        var atLimit = LargePdf(150 * Mb);
        var overLimit = LargePdf(150 * Mb + 1);

        var passed = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", atLimit));
        var refused = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", overLimit));

        Assert.Null(passed.Rejection);
        Assert.Equal(ApiErrors.FileTooLarge, refused.Rejection?.Code);
        Assert.Equal(0, overLimit.BytesRead);
    }

    [Fact]
    public async Task A_140_MB_unencrypted_pdf_is_read_once_in_a_stream_and_sent_as_is()
    {
        var pdf = LargePdf(140 * Mb);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", pdf));

        Assert.Null(validation.Rejection);
        // Its ends for the structure, then one pass for active content (every name it carries), then its
        // last 64 KB for a riding ZIP: never held, so memory stays a few MB.
        Assert.InRange(pdf.BytesRead, 140 * Mb, 140 * Mb + 32 * 1024 + TwoFormatFiles.TailLength);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 4 * Mb);
        await using var upload = validation.Upload!;
        await using var content = await upload.OpenContentAsync(CancellationToken.None);
        Assert.Equal(140 * Mb, content.Length);
    }

    [Fact]
    public async Task A_40_MB_png_is_checked_from_its_first_and_last_bytes()
    {
        var png = new SparseFile(40 * Mb, Png, []);

        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("photo.png", png));

        Assert.Null(validation.Rejection);
        Assert.InRange(png.BytesRead, 1, 1024 + TwoFormatFiles.TailLength);
    }

    [Fact]
    public async Task A_large_pdf_without_a_trailer_is_malformed_from_its_tail_alone()
    {
        var pdf = new SparseFile(100 * Mb, "%PDF-1.7\n"u8.ToArray(), "endobj\n"u8.ToArray(), (byte)' ');

        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", pdf));

        Assert.Equal(ApiErrors.PdfMalformed, validation.Rejection?.Code);
        Assert.Equal(422, validation.Rejection!.Status);
        Assert.InRange(pdf.BytesRead, 1, 32 * 1024);
    }

    [Fact]
    public async Task A_large_pdf_whose_trailer_points_at_nothing_is_malformed()
    {
        var tail = "trailer\n<</Size 1/Root 1 0 R>>\nstartxref\n4096\n%%EOF\n"u8.ToArray();
        var pdf = new SparseFile(100 * Mb, "%PDF-1.7\n"u8.ToArray(), tail, (byte)' ');

        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", pdf));

        Assert.Equal(ApiErrors.PdfMalformed, validation.Rejection?.Code);
    }

    [Fact]
    public async Task A_text_file_of_40_MB_is_scanned_in_a_stream()
    {
        var text = new SparseFile(40 * Mb, "Dear VA,\n"u8.ToArray(), "\nSincerely\n"u8.ToArray(), (byte)'x');
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("notes.txt", text));

        Assert.Null(validation.Rejection);
        Assert.Equal(40 * Mb + 1024, text.BytesRead); // the head, then every byte once
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 4 * Mb);
    }
}
