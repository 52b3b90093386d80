using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

public class AsciiTextTests
{
    [Fact]
    public void Exactly_tab_line_feed_carriage_return_and_printable_ascii_are_allowed()
    {
        for (var b = 0; b <= 255; b++)
        {
            var expected = b is 0x09 or 0x0A or 0x0D || (b >= 0x20 && b <= 0x7E);
            Assert.Equal(expected, AsciiText.IsAllowed((byte)b));
        }
    }

    [Fact]
    public void The_first_byte_that_is_not_allowed_is_found()
    {
        Assert.Equal(-1, AsciiText.IndexOfNonAscii("Dear VA,\r\n\tI served from 1990 to 1994.~"u8));
        Assert.Equal(-1, AsciiText.IndexOfNonAscii([]));
        Assert.Equal(3, AsciiText.IndexOfNonAscii("caf\u00e9"u8));
        Assert.Equal(2, AsciiText.IndexOfNonAscii([0x41, 0x42, 0x00]));
        Assert.Equal(0, AsciiText.IndexOfNonAscii([0x7F]));
        Assert.Equal(1, AsciiText.IndexOfNonAscii([0x20, 0x0C]));
    }
}
