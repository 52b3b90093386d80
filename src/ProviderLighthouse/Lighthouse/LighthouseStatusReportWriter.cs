using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>Writes the provider contract's <see cref="ProviderStatusReport"/> JSON straight from Lighthouse's status
/// answers, token by token (Utf8JsonReader to Utf8JsonWriter), building neither side as objects. Pure.
/// <para>Lighthouse answers <c>{"data":{"statuses":[{"requestId","time":{"startTime","endTime"},"status","steps":[{"name",
/// "nextStepName","description","status"}],"error":{"detail","step"}}],"requestIdsNotFound":[...]}}</c> (see
/// shared/reference/lighthouse.md). It is read as the web serializer defaults read it: names in any case, numbers also
/// as strings, unknown properties skipped, a JSON null the same as a missing value. Each status becomes
/// <c>{"requestId","status","steps":[{"name","status"}],"error":{"detail","step"},"startedAt","endedAt"}</c>, exactly as
/// the serializer writes <see cref="ProviderDocumentStatus"/>: a missing status is "", steps without a name are left
/// out, a step without a status is NOT_STARTED, epoch milliseconds become ISO 8601 times. Step names and statuses pass
/// through unchanged (they are already the contract's vocabulary).</para></summary>
public sealed class LighthouseStatusReportWriter : IDisposable
{
    // The contract's names as the web serializer spells ProviderStatusReport's and ProviderDocumentStatus's
    // properties (the tests hold them to what it writes).
    private static readonly JsonEncodedText Statuses = JsonEncodedText.Encode("statuses");
    private static readonly JsonEncodedText NotFound = JsonEncodedText.Encode("notFound");
    private static readonly JsonEncodedText RequestId = JsonEncodedText.Encode("requestId");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Steps = JsonEncodedText.Encode("steps");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail");
    private static readonly JsonEncodedText Step = JsonEncodedText.Encode("step");
    private static readonly JsonEncodedText StartedAt = JsonEncodedText.Encode("startedAt");
    private static readonly JsonEncodedText EndedAt = JsonEncodedText.Encode("endedAt");

    private readonly Utf8JsonWriter _writer;
    private readonly List<long> _notFound = [];

    /// <param name="options">The HTTP JSON options' encoder and indentation, so the report is written as the
    /// serializer would write it.</param>
    public LighthouseStatusReportWriter(IBufferWriter<byte> output, JsonWriterOptions options)
    {
        _writer = new Utf8JsonWriter(output, options);
        _writer.WriteStartObject();
        _writer.WriteStartArray(Statuses);
    }

    /// <summary>Adds the statuses and not-found ids of one Lighthouse answer (UTF-8 JSON).</summary>
    /// <exception cref="LighthouseException">502: the answer is not valid JSON, not of that shape, or has no data. The
    /// report is then half-written: throw it away.</exception>
    public void Add(ReadOnlySpan<byte> answer)
    {
        try
        {
            var reader = new Utf8JsonReader(answer);
            var hasData = false;
            if (Next(ref reader) != JsonTokenType.Null)
            {
                Expect(ref reader, JsonTokenType.StartObject);
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    var property = new PropertyName(ref reader);
                    if (property.Is("data"u8) && reader.TokenType != JsonTokenType.Null)
                    {
                        ReadData(ref reader, answer);
                        hasData = true;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            if (reader.Read()) throw Invalid(); // anything after the answer (only whitespace may follow)
            if (!hasData) throw new LighthouseException(HttpStatusCode.BadGateway, "status answer had no data");
        }
        catch (JsonException)
        {
            throw new LighthouseException(HttpStatusCode.BadGateway, "status answer is not valid JSON");
        }
    }

    /// <summary>Closes the report: the not-found ids are the unparseable ones first, then those Lighthouse named.</summary>
    public void Complete(IEnumerable<string> unparseableIds)
    {
        _writer.WriteEndArray();
        _writer.WriteStartArray(NotFound);
        foreach (var id in unparseableIds) _writer.WriteStringValue(id);
        foreach (var id in _notFound) WriteId(id);
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private void ReadData(ref Utf8JsonReader reader, ReadOnlySpan<byte> answer)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var property = new PropertyName(ref reader);
            if (property.Is("statuses"u8) && reader.TokenType != JsonTokenType.Null)
            {
                Expect(ref reader, JsonTokenType.StartArray);
                while (Next(ref reader) != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.Null) WriteStatus(ref reader, answer);
                }
            }
            else if (property.Is("requestIdsNotFound"u8) && reader.TokenType != JsonTokenType.Null)
            {
                Expect(ref reader, JsonTokenType.StartArray);
                while (Next(ref reader) != JsonTokenType.EndArray) _notFound.Add(Int64(ref reader));
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>One status, written once it has been read whole: its properties may come in any order, the contract's
    /// come in one. Steps and error are read again from where they start in the answer.</summary>
    private void WriteStatus(ref Utf8JsonReader reader, ReadOnlySpan<byte> answer)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        long requestId = 0;
        var status = default(JsonString);
        int steps = -1, error = -1;
        long? startTime = null, endTime = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var property = new PropertyName(ref reader);
            if (property.Is("requestId"u8)) requestId = Int64(ref reader);
            else if (property.Is("status"u8)) status = new JsonString(ref reader);
            else if (property.Is("steps"u8)) steps = StartOf(ref reader, JsonTokenType.StartArray);
            else if (property.Is("error"u8)) error = StartOf(ref reader, JsonTokenType.StartObject);
            else if (property.Is("time"u8)) (startTime, endTime) = ReadTime(ref reader);
            else reader.Skip();
        }

        _writer.WriteStartObject();
        _writer.WritePropertyName(RequestId);
        WriteId(requestId);
        _writer.WritePropertyName(Status);
        WriteString(status, "");
        _writer.WriteStartArray(Steps);
        if (steps >= 0) WriteSteps(answer[steps..]);
        _writer.WriteEndArray();
        _writer.WritePropertyName(Error);
        if (error >= 0) WriteError(answer[error..]);
        else _writer.WriteNullValue();
        WriteTime(StartedAt, startTime);
        WriteTime(EndedAt, endTime);
        _writer.WriteEndObject();
    }

    /// <summary>The steps array at the start of <paramref name="json"/>.</summary>
    private void WriteSteps(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        Next(ref reader);
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null) continue;
            Expect(ref reader, JsonTokenType.StartObject);
            JsonString name = default, status = default;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var property = new PropertyName(ref reader);
                if (property.Is("name"u8)) name = new JsonString(ref reader);
                else if (property.Is("status"u8)) status = new JsonString(ref reader);
                else if (property.Is("nextStepName"u8) || property.Is("description"u8)) ExpectStringOrNull(ref reader);
                else reader.Skip();
            }
            if (!name.HasValue) continue;
            _writer.WriteStartObject();
            _writer.WritePropertyName(Name);
            WriteString(name, "");
            _writer.WritePropertyName(Status);
            WriteString(status, ProviderStep.NotStarted);
            _writer.WriteEndObject();
        }
    }

    /// <summary>The error object at the start of <paramref name="json"/>.</summary>
    private void WriteError(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        Next(ref reader);
        JsonString detail = default, step = default;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var property = new PropertyName(ref reader);
            if (property.Is("detail"u8)) detail = new JsonString(ref reader);
            else if (property.Is("step"u8)) step = new JsonString(ref reader);
            else reader.Skip();
        }
        _writer.WriteStartObject();
        _writer.WritePropertyName(Detail);
        WriteString(detail, null);
        _writer.WritePropertyName(Step);
        WriteString(step, null);
        _writer.WriteEndObject();
    }

    private static (long? Start, long? End) ReadTime(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return (null, null);
        Expect(ref reader, JsonTokenType.StartObject);
        long? start = null, end = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var property = new PropertyName(ref reader);
            if (property.Is("startTime"u8)) start = NullableInt64(ref reader);
            else if (property.Is("endTime"u8)) end = NullableInt64(ref reader);
            else reader.Skip();
        }
        return (start, end);
    }

    private void WriteTime(JsonEncodedText name, long? epochMilliseconds)
    {
        if (epochMilliseconds is { } ms) _writer.WriteString(name, DateTimeOffset.FromUnixTimeMilliseconds(ms));
        else _writer.WriteNull(name);
    }

    /// <summary>A request id as the contract carries it: a string of its invariant digits.</summary>
    private void WriteId(long id)
    {
        Span<byte> digits = stackalloc byte[20];
        id.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        _writer.WriteStringValue(digits[..length]);
    }

    private void WriteString(JsonString value, string? whenNull)
    {
        if (value.HasValue) _writer.WriteStringValue(value.Text);
        else if (whenNull is null) _writer.WriteNullValue();
        else _writer.WriteStringValue(whenNull);
    }

    /// <summary>A string value (or JSON null) as unescaped UTF-8; default when the property is missing.</summary>
    private readonly ref struct JsonString
    {
        public JsonString(scoped ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null) return;
            Expect(ref reader, JsonTokenType.String);
            HasValue = true;
            Text = Unescaped(ref reader);
        }

        public bool HasValue { get; }

        public ReadOnlySpan<byte> Text { get; }
    }

    /// <summary>The name of the property under the reader; reading it moves the reader onto the property's value.</summary>
    private readonly ref struct PropertyName
    {
        private readonly ReadOnlySpan<byte> _name;

        public PropertyName(scoped ref Utf8JsonReader reader)
        {
            _name = Unescaped(ref reader);
            Next(ref reader);
        }

        /// <summary>In any case, as the web defaults match names (the names asked for are ASCII).</summary>
        public bool Is(ReadOnlySpan<byte> name) => Ascii.EqualsIgnoreCase(_name, name);
    }

    /// <summary>The string or property name under the reader as valid, unescaped UTF-8: the answer's own bytes
    /// unless escaped (rare: Lighthouse escapes little more than quotes and apostrophes).</summary>
    private static ReadOnlySpan<byte> Unescaped(scoped ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return Utf8.IsValid(reader.ValueSpan) ? reader.ValueSpan : throw Invalid();
        var unescaped = new byte[reader.ValueSpan.Length];
        try
        {
            return unescaped.AsSpan(0, reader.CopyString(unescaped));
        }
        catch (InvalidOperationException)
        {
            throw Invalid(); // an escape that is no UTF-16 (a lone surrogate)
        }
    }

    /// <summary>The position in the answer where the value under the reader starts (-1 for JSON null), then skips it.</summary>
    private static int StartOf(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType == JsonTokenType.Null) return -1;
        Expect(ref reader, expected);
        var start = checked((int)reader.TokenStartIndex);
        reader.Skip();
        return start;
    }

    private static long? NullableInt64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : Int64(ref reader);

    /// <summary>A number, or a string holding one (the web defaults read numbers from strings too).</summary>
    private static long Int64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number)) return number;
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = new JsonString(ref reader).Text;
            if (Utf8Parser.TryParse(text, out long parsed, out var used) && used == text.Length) return parsed;
        }
        throw Invalid();
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) => reader.Read() ? reader.TokenType : throw Invalid();

    /// <summary>A string the report leaves out: only its type is checked, as the serializer did (and it is not unescaped).</summary>
    private static void ExpectStringOrNull(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Null) Expect(ref reader, JsonTokenType.String);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected) throw Invalid();
    }

    private static JsonException Invalid() => new("The status answer is not of the shape Lighthouse documents.");
}
