using DocumentUploads.UploadApi.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace DocumentUploads.UploadApi.Tests.Idempotency;

public sealed class IdempotencyKeyHeaderTests
{
    private static (bool Valid, string? Key) Read(StringValues? value)
    {
        var headers = new HeaderDictionary();
        if (value is { } v) headers[IdempotencyKeyHeader.Name] = v;
        var valid = IdempotencyKeyHeader.TryRead(headers, out var key);
        return (valid, key);
    }

    [Fact]
    public void No_header_is_fine_and_means_no_key()
    {
        Assert.Equal((true, null), Read(null));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("4f6c0b9e-2a1d-4c55-9a7e-0b8f1d2c3e4f")]
    [InlineData("upload 1/2?x=%20&y=~!")]
    public void A_key_of_printable_ascii_is_read_as_is(string key)
    {
        Assert.Equal((true, key), Read(key));
    }

    [Fact]
    public void The_255_character_limit_is_inclusive()
    {
        Assert.Equal((true, new string('k', 255)), Read(new string('k', 255)));
        Assert.Equal((false, null), Read(new string('k', 256)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("caf\u00e9")]
    [InlineData("line\nbreak")]
    [InlineData("tab\tkey")]
    [InlineData("del\u007f")]
    public void A_key_that_is_empty_or_not_printable_ascii_is_invalid(string key)
    {
        Assert.Equal((false, null), Read(key));
    }

    [Fact]
    public void Two_keys_on_one_request_are_invalid()
    {
        Assert.Equal((false, null), Read(new StringValues(["a", "b"])));
    }
}
