using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Storage;

/// <summary>Each column read in either database's form gives the same value.</summary>
public sealed class StoredValuesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 9, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void A_time_reads_the_same_from_epoch_milliseconds_and_from_a_utc_timestamp()
    {
        Assert.Equal(At, StoredValues.Time(At.ToUnixTimeMilliseconds()));
        Assert.Equal(At, StoredValues.Time(new DateTime(2026, 12, 4, 9, 30, 15, 123, DateTimeKind.Unspecified)));
        Assert.Equal(TimeSpan.Zero, StoredValues.Time(At.UtcDateTime).Offset);
    }

    [Fact]
    public void A_missing_optional_time_is_null()
    {
        Assert.Null(StoredValues.OptionalTime(null));
        Assert.Null(StoredValues.OptionalTime(DBNull.Value));
        Assert.Equal(At, StoredValues.OptionalTime(At.ToUnixTimeMilliseconds()));
    }

    [Fact]
    public void An_id_reads_from_text_and_from_a_uuid()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, StoredValues.Id(id.ToString()));
        Assert.Equal(id, StoredValues.Id(id));
    }

    [Fact]
    public void A_list_reads_from_json_text_and_from_an_array()
    {
        Assert.Equal([1L, 22L], StoredValues.List<long>("[1,22]"));
        Assert.Equal([1L, 22L], StoredValues.List<long>(new[] { 1L, 22L }));
        Assert.Equal(["a@va.gov"], StoredValues.List<string>("[\"a@va.gov\"]"));
        Assert.Empty(StoredValues.List<string>("[]"));
    }

    [Theory]
    [InlineData(1L, true)]
    [InlineData(0L, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_flag_reads_from_an_integer_and_from_a_boolean(object stored, bool expected) =>
        Assert.Equal(expected, StoredValues.Flag(stored));

    [Fact]
    public void A_value_of_an_unexpected_type_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidCastException>(() => StoredValues.Time("yesterday"));
        Assert.Contains("String", error.Message);
        Assert.Throws<InvalidCastException>(() => StoredValues.Id(42L));
        Assert.Throws<InvalidCastException>(() => StoredValues.Flag("yes"));
    }
}
