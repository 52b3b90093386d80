using System.IO.Compression;
using System.Text;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

/// <summary>The active-content scan on hand-made PDF bodies: names found where a reader would act on them
/// (escaped, or hidden in a compressed object stream), and not where they mean nothing (stream data,
/// strings, comments); inflation counted against its limit.</summary>
public sealed class PdfActiveContentScannerTests
{
    private static readonly PdfActiveContentScanner Scanner = new(inflatedFloorBytes: 1024 * 1024, inflatedRatio: 10);

    private static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private static byte[] Pdf(params object[] parts)
    {
        var output = new MemoryStream();
        output.Write("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"u8);
        foreach (var part in parts) output.Write(part is byte[] bytes ? bytes : Encoding.Latin1.GetBytes((string)part));
        output.Write("\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8);
        return output.ToArray();
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Encoding.Latin1.GetBytes($"5 0 obj\n<< {dictionary} /Length {data.Length} >>\nstream\r\n"), .. data, .. "\nendstream\nendobj\n"u8.ToArray()];

    private static Task<PdfActiveContent> ScanAsync(byte[] pdf) =>
        Scanner.ScanAsync(new MemoryStream(pdf), CancellationToken.None);

    [Theory]
    [InlineData("1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj", PdfActiveContent.Script)]
    [InlineData("1 0 obj << /Type /Catalog /OpenAction << /S /J#61vaScript /J#53 (x) >> >> endobj", PdfActiveContent.Script)]
    [InlineData("1 0 obj << /Type /Catalog /AA << /O << /S /Launch /F (cmd.exe) >> >> >> endobj", PdfActiveContent.Launch)]
    [InlineData("1 0 obj << /Type /Catalog /Names << /EmbeddedFiles 2 0 R >> >> endobj", PdfActiveContent.EmbeddedFile)]
    [InlineData("1 0 obj << /Type /Annot /Subtype /RichMedia >> endobj", PdfActiveContent.EmbeddedFile)]
    [InlineData("1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >> endobj", PdfActiveContent.None)]
    [InlineData("1 0 obj << /Title (How /JavaScript and /Launch work) >> endobj", PdfActiveContent.None)]
    [InlineData("1 0 obj << /Title (nested (parens \\) /JS) still) >> endobj % a comment /JS\n", PdfActiveContent.None)]
    [InlineData("1 0 obj << /Type /Catalog /Upstream 2 0 R >>\n/JS endobj", PdfActiveContent.Script)]
    public async Task Names_in_the_body_count_where_a_reader_acts_on_them(string body, PdfActiveContent expected)
    {
        Assert.Equal(expected, await ScanAsync(Pdf(body)));
    }

    [Fact]
    public async Task A_string_holding_the_word_stream_does_not_hide_what_follows()
    {
        Assert.Equal(PdfActiveContent.Script, await ScanAsync(Pdf("1 0 obj << /Title (x stream\n) /S /JavaScript >> endobj")));
    }

    [Fact]
    public async Task Names_inside_stream_data_mean_nothing()
    {
        var content = Encoding.Latin1.GetBytes("BT /JS 12 Tf (hello) Tj ET /JavaScript /Launch");
        Assert.Equal(PdfActiveContent.None, await ScanAsync(Pdf(Stream("", content))));
        Assert.Equal(PdfActiveContent.None, await ScanAsync(Pdf(Stream("/Filter /FlateDecode", Deflate(content)))));
    }

    [Fact]
    public async Task A_script_hidden_in_a_compressed_object_stream_is_found()
    {
        var objects = Deflate(Encoding.Latin1.GetBytes("7 0 << /S /JavaScript /JS (app.launchURL('x')) >>"));
        Assert.Equal(PdfActiveContent.Script, await ScanAsync(Pdf(Stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", objects))));
    }

    [Fact]
    public async Task Streams_inflating_past_the_limit_are_a_bomb_and_below_it_are_not()
    {
        // The limit here: 1 MB or 10 x the file, whichever is more.
        var bomb = Pdf(Stream("/Filter /FlateDecode", Deflate(new byte[8 * 1024 * 1024])));
        Assert.True(bomb.Length * 10 < 8 * 1024 * 1024);
        Assert.Equal(PdfActiveContent.Inflation, await ScanAsync(bomb));

        var fine = Pdf(Stream("/Filter /FlateDecode", Deflate(new byte[512 * 1024])));
        Assert.Equal(PdfActiveContent.None, await ScanAsync(fine));
    }

    [Fact]
    public async Task A_real_pdf_is_clean_and_one_that_runs_a_script_on_opening_is_not()
    {
        var plain = Support.TestPdfs.Plain(3);
        Assert.Equal(PdfActiveContent.None, await ScanAsync(plain));
        Assert.Equal(PdfActiveContent.Script, await ScanAsync(Support.TestPdfs.WithOpenActionScript()));
    }
}
