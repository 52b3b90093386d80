using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

public class TrackedItemIdsRulesTests
{
    [Theory]
    [InlineData(null, new long[0])]
    [InlineData("", new long[0])]
    [InlineData("  ", new long[0])]
    [InlineData("[]", new long[0])]
    [InlineData("[1234]", new long[] { 1234 })]
    [InlineData(" [1, 2 ,3] ", new long[] { 1, 2, 3 })]
    [InlineData("[9007199254740993]", new long[] { 9007199254740993 })]
    public void A_json_array_of_whole_numbers_or_nothing_passes(string? raw, long[] expected)
    {
        var outcome = TrackedItemIdsRules.Check(raw);

        Assert.Null(outcome.Rejection);
        Assert.Equal(expected, outcome.Value);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("1234")]
    [InlineData("\"1234\"")]
    [InlineData("[\"1234\"]")]
    [InlineData("[1.5]")]
    [InlineData("[1e3]")]
    [InlineData("[null]")]
    [InlineData("[[1]]")]
    [InlineData("[1,]")]
    [InlineData("[1")]
    [InlineData("{\"id\":1}")]
    [InlineData("[99999999999999999999]")]
    public void Anything_else_is_refused(string raw)
    {
        Assert.Same(UploadRejections.InvalidTrackedItemIds, TrackedItemIdsRules.Check(raw).Rejection);
    }
}
