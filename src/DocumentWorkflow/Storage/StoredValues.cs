using System.Text.Json;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>Reads a column in either database's form (see <see cref="SqlDialect"/>): rows keep such columns as
/// <see cref="object"/> so one row type serves both.</summary>
public static class StoredValues
{
    public static DateTimeOffset Time(object value) => value switch
    {
        long epochMilliseconds => DateTimeOffset.FromUnixTimeMilliseconds(epochMilliseconds),
        // Npgsql reads timestamptz as a UTC DateTime.
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        DateTimeOffset time => time,
        _ => throw Unexpected(value, "a time"),
    };

    public static DateTimeOffset? OptionalTime(object? value) => value is null or DBNull ? null : Time(value);

    public static Guid Id(object value) => value switch
    {
        Guid id => id,
        string text => Guid.Parse(text),
        _ => throw Unexpected(value, "an id"),
    };

    public static T[] List<T>(object value) => value switch
    {
        T[] array => array,
        string json => JsonSerializer.Deserialize<T[]>(json) ?? [],
        _ => throw Unexpected(value, "a list"),
    };

    public static bool Flag(object value) => value switch
    {
        bool flag => flag,
        long number => number != 0,
        _ => throw Unexpected(value, "a flag"),
    };

    private static InvalidCastException Unexpected(object value, string what) =>
        new($"A column read as {value.GetType().Name} where {what} was expected.");
}
