using System.Text;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

public class PdfTrailerInspectorTests
{
    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static long? Offset(string tail, long fileLength = 10_000) => PdfTrailerInspector.FindXrefOffset(Ascii(tail), fileLength);

    [Theory]
    [InlineData("trailer\n<</Root 1 0 R>>\nstartxref\n1234\n%%EOF\n", 1234L)]
    [InlineData("startxref\r\n1234\r\n%%EOF", 1234L)]
    [InlineData("startxref 99 %%EOF\n\0\0\0\0", 99L)]
    [InlineData("startxref\n11\n%%EOF\nstuff\nstartxref\n22\n%%EOF\n", 22L)] // an incremental update: the newest wins
    public void The_last_startxref_before_the_last_eof_names_the_offset(string tail, long expected)
    {
        Assert.Equal(expected, Offset(tail));
    }

    [Theory]
    [InlineData("trailer\n<</Root 1 0 R>>\nstartxref\n1234\n")] // no %%EOF
    [InlineData("trailer\n<</Root 1 0 R>>\n%%EOF\n")] // no startxref
    [InlineData("startxref\n\n%%EOF")] // no number
    [InlineData("startxref\n-5\n%%EOF")]
    [InlineData("startxref\n12a\n%%EOF")]
    [InlineData("startxref\n0\n%%EOF")]
    [InlineData("startxref\n10000\n%%EOF")] // past the end of the file
    [InlineData("startxref\n99999999999999999999999\n%%EOF")]
    [InlineData("")]
    public void A_tail_that_does_not_end_like_a_pdf_has_no_offset(string tail)
    {
        Assert.Null(Offset(tail));
    }

    [Theory]
    [InlineData("xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 1/Root 1 0 R>>\nstartxref\n9\n%%EOF", "xref\n0 1\n", PdfStructure.Unencrypted)]
    [InlineData("trailer\n<</Size 1/Root 1 0 R/Encrypt 5 0 R/ID[<a><b>]>>\nstartxref\n9\n%%EOF", "\r\nxref\n", PdfStructure.Encrypted)]
    [InlineData("trailer <</Size 1 /Root 1 0 R /Encrypt<</Filter/Standard>> >> startxref 9 %%EOF", "xref", PdfStructure.Encrypted)]
    [InlineData("trailer\n<</Size 1/Root 1 0 R/EncryptMetadata true>>\nstartxref\n9\n%%EOF", "xref", PdfStructure.Unencrypted)]
    [InlineData("trailer\n<</Size 1>>\nstartxref\n9\n%%EOF", "xref", PdfStructure.Malformed)] // a trailer names the root
    [InlineData("<</Size 1/Root 1 0 R>>\nstartxref\n9\n%%EOF", "xref", PdfStructure.Malformed)] // no trailer keyword
    public void A_classic_xref_table_is_judged_by_the_trailer_in_the_tail(string tail, string window, PdfStructure expected)
    {
        Assert.Equal(expected, PdfTrailerInspector.Inspect(Ascii(tail), Ascii(window)));
    }

    [Theory]
    [InlineData("12 0 obj\n<</Type/XRef/Size 13/Root 1 0 R/W[1 2 1]/Length 40>>\nstream\n\u0001\u0002", PdfStructure.Unencrypted)]
    [InlineData("12 0 obj <</Type /XRef /Root 1 0 R /Encrypt 9 0 R /Length 40>> stream", PdfStructure.Encrypted)]
    [InlineData("\n12 0 obj<</Type/XRef/Root 1 0 R>>stream\n/Encrypt", PdfStructure.Unencrypted)] // only the dictionary counts
    [InlineData("12 0 obj\n<</Type/Page/Root 1 0 R>>\nendobj", PdfStructure.Malformed)] // an object, but not a cross-reference stream
    [InlineData("12 obj <</Type/XRef/Root 1 0 R>>", PdfStructure.Malformed)]
    [InlineData("garbage here", PdfStructure.Malformed)]
    [InlineData("", PdfStructure.Malformed)]
    public void A_cross_reference_stream_is_judged_by_its_own_dictionary(string window, PdfStructure expected)
    {
        Assert.Equal(expected, PdfTrailerInspector.Inspect(Ascii("startxref\n9\n%%EOF"), Ascii(window)));
    }
}
