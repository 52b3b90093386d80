using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>Reads a PDF once, in 64 KB slices, for names that make it active (<see cref="PdfActiveContent"/>).
/// Names are read where a PDF writes them: in the plain body (with <c>#xx</c> escapes decoded, so
/// <c>/J#61vaScript</c> is JavaScript) and inside compressed object streams (<c>/Type /ObjStm</c>), which
/// are inflated for the purpose. Stream data (page content, images) is skipped, so binary bytes that happen
/// to spell a name do not count. Every Flate stream is inflated to count its size (never held: counted and
/// dropped), stopping as soon as the total passes the limit. Memory: two 64 KB buffers and the names of one object.</summary>
public sealed class PdfActiveContentScanner(long inflatedFloorBytes, int inflatedRatio)
{
    private const int SliceLength = 64 * 1024;
    private const int MaxNameLength = 127;
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();
    private static readonly byte[] EndObjKeyword = "endobj"u8.ToArray();
    private static readonly SearchValues<byte> BodyBytesThatMatter = SearchValues.Create("/(%se"u8);

    /// <summary>The most a PDF's Flate streams may inflate to, all together.</summary>
    public long InflatedLimit(long fileLength) => Math.Max(inflatedFloorBytes, fileLength * inflatedRatio);

    /// <param name="pdf">The file, seekable, read from the start. One handle only: an uploaded form file's
    /// handles share one buffer and may not be read in turn, so streams are inflated from this one, which then
    /// goes back to where the scan was.</param>
    public async Task<PdfActiveContent> ScanAsync(Stream pdf, CancellationToken cancellationToken)
    {
        var state = new ScanState(InflatedLimit(pdf.Length));
        pdf.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(SliceLength);
        try
        {
            long offset = 0;
            int read;
            while ((read = await pdf.ReadAsync(buffer.AsMemory(0, SliceLength), cancellationToken)) > 0)
            {
                for (var i = 0; i < read; i++)
                {
                    i += state.Skippable(buffer.AsSpan(i, read - i));
                    if (i >= read) break;
                    if (state.Step(buffer[i], offset + i) is { } stream)
                    {
                        var resume = pdf.Position;
                        var finding = await InflateAsync(pdf, stream, state, cancellationToken);
                        if (finding != PdfActiveContent.None) return finding;
                        pdf.Position = resume;
                    }
                    if (state.Finding != PdfActiveContent.None) return state.Finding;
                }
                offset += read;
            }
            state.EndOfFile();
            return state.Finding;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<PdfActiveContent> InflateAsync(Stream file, StreamRange stream, ScanState state,
        CancellationToken cancellationToken)
    {
        if (!stream.Flate) return PdfActiveContent.None;
        var buffer = ArrayPool<byte>.Shared.Rent(SliceLength);
        // The names in an object stream are a body of their own: read them with a fresh tokenizer.
        var objects = stream.ObjectStream ? new NameTokenizer() : null;
        try
        {
            await using var inflater = new ZLibStream(new RangeReadStream(file, stream.Start, stream.Length), CompressionMode.Decompress);
            int read;
            while ((read = await inflater.ReadAsync(buffer.AsMemory(0, SliceLength), cancellationToken)) > 0)
            {
                state.Inflated += read;
                if (state.Inflated > state.InflatedLimit) return PdfActiveContent.Inflation;
                if (objects is null) continue;
                for (var i = 0; i < read; i++)
                {
                    if (objects.Step(buffer[i]) is { } name && Classify(name) is var found and not PdfActiveContent.None) return found;
                }
            }
            if (objects?.Finish() is { } last && Classify(last) is var atEnd and not PdfActiveContent.None) return atEnd;
        }
        catch (InvalidDataException)
        {
            // Not valid zlib data: whether the PDF opens is the parse check's question, not this one's.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return PdfActiveContent.None;
    }

    public static PdfActiveContent Classify(string name) => name switch
    {
        "JavaScript" or "JS" => PdfActiveContent.Script,
        "Launch" => PdfActiveContent.Launch,
        "EmbeddedFile" or "EmbeddedFiles" or "RichMedia" => PdfActiveContent.EmbeddedFile,
        _ => PdfActiveContent.None,
    };

    private readonly record struct StreamRange(long Start, long Length, bool Flate, bool ObjectStream);

    /// <summary>The body's state between bytes: names of the current object, and whether we are inside stream data.</summary>
    private sealed class ScanState(long inflatedLimit)
    {
        private readonly NameTokenizer _names = new();
        private readonly HashSet<string> _objectNames = new(StringComparer.Ordinal);
        private readonly KeywordMatcher _stream = new(StreamKeyword);
        private readonly KeywordMatcher _endObj = new(EndObjKeyword);
        private readonly KeywordMatcher _endStream = new(EndStreamKeyword);
        private bool _inStream;
        private bool _atStreamEol;
        private long _streamStart;
        private int _stringDepth;
        private bool _escaped;
        private bool _inComment;
        private byte _previous = (byte)'\n';
        private byte _beforeKeyword;

        public long InflatedLimit { get; } = inflatedLimit;

        public long Inflated { get; set; }

        public PdfActiveContent Finding { get; private set; }

        /// <summary>How many of the next bytes cannot change anything, so the caller need not step through them
        /// one by one: stream data up to a possible "endstream", or body bytes up to one that can start a name,
        /// a string, a comment or a keyword. This is what keeps a 150 MB PDF to a vectorised search.</summary>
        public int Skippable(ReadOnlySpan<byte> rest)
        {
            if (_inStream)
            {
                if (_atStreamEol || !_endStream.Idle) return 0;
                var end = rest.IndexOf(EndStreamKeyword);
                return end >= 0 ? end : Math.Max(0, rest.Length - EndStreamKeyword.Length);
            }
            if (_stringDepth > 0 || _inComment || _names.InName || !_stream.Idle || !_endStream.Idle || !_endObj.Idle) return 0;
            var next = rest.IndexOfAny(BodyBytesThatMatter);
            var skip = next >= 0 ? next : rest.Length;
            if (skip > 0) _previous = rest[skip - 1];
            return skip;
        }

        /// <returns>A stream whose data just ended, to inflate; else null.</returns>
        public StreamRange? Step(byte b, long offset)
        {
            if (_inStream)
            {
                if (_atStreamEol)
                {
                    // "stream" is followed by CRLF or LF; the data starts after it. Anything else: not a stream.
                    if (b == (byte)'\r') return null;
                    _atStreamEol = false;
                    if (b != (byte)'\n')
                    {
                        _inStream = false;
                        _previous = b;
                        return null;
                    }
                    _streamStart = offset + 1;
                    return null;
                }
                if (!_endStream.Step(b)) return null;
                _inStream = false;
                var range = new StreamRange(_streamStart, offset + 1 - EndStreamKeyword.Length - _streamStart,
                    _objectNames.Contains("FlateDecode"), _objectNames.Contains("ObjStm"));
                _objectNames.Clear();
                return range;
            }

            // Strings and comments are text, not structure: a name or a keyword inside one means nothing.
            if (_stringDepth > 0)
            {
                if (_escaped) _escaped = false;
                else if (b == (byte)'\\') _escaped = true;
                else if (b == (byte)'(') _stringDepth++;
                else if (b == (byte)')') _stringDepth--;
                _previous = b;
                return null;
            }
            if (_inComment)
            {
                _inComment = b is not ((byte)'\r' or (byte)'\n');
                _previous = b;
                return null;
            }
            if (b is (byte)'(' or (byte)'%')
            {
                if (_names.Finish() is { } beforeText) Note(beforeText);
                if (b == (byte)'(') _stringDepth = 1;
                else _inComment = true;
                _previous = b;
                return null;
            }

            if (_names.Step(b) is { } name) Note(name);
            if (_endObj.Step(b)) _objectNames.Clear();
            if (b == (byte)'s') _beforeKeyword = _previous;
            var endStreamHere = _endStream.Step(b); // so "endstream" outside a stream is not taken for "stream"
            // The keyword only after white space or the dictionary's ">>", never inside a name like /Upstream.
            if (_stream.Step(b) && !endStreamHere && _beforeKeyword is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'>')
            {
                if (_names.Finish() is { } pending) Note(pending);
                _inStream = true;
                _atStreamEol = true;
            }
            _previous = b;
            return null;
        }

        public void EndOfFile()
        {
            if (_names.Finish() is { } name) Note(name);
        }

        private void Note(string name)
        {
            _objectNames.Add(name);
            if (Finding == PdfActiveContent.None) Finding = Classify(name);
        }
    }

    /// <summary>Collects PDF names (<c>/Name</c>) from a byte sequence, decoding <c>#xx</c> escapes.</summary>
    private sealed class NameTokenizer
    {
        private readonly StringBuilder _name = new();
        private bool _inName;
        private int _hex = -1; // -1: not in an escape; else the count of hex digits read
        private int _hexValue;

        public bool InName => _inName;

        /// <returns>A name that just ended, else null.</returns>
        public string? Step(byte b)
        {
            if (_inName && _hex >= 0 && IsHex(b))
            {
                _hexValue = _hexValue * 16 + HexValue(b);
                if (++_hex == 2)
                {
                    Append((char)_hexValue);
                    _hex = -1;
                }
                return null;
            }
            _hex = -1;
            if (_inName && IsRegular(b))
            {
                if (b == (byte)'#')
                {
                    _hex = 0;
                    _hexValue = 0;
                }
                else
                {
                    Append((char)b);
                }
                return null;
            }
            var ended = _inName ? Finish() : null;
            if (b == (byte)'/')
            {
                _inName = true;
                _name.Clear();
            }
            return ended;
        }

        public string? Finish()
        {
            if (!_inName) return null;
            _inName = false;
            return _name.ToString();
        }

        private void Append(char c)
        {
            if (_name.Length < MaxNameLength) _name.Append(c);
        }

        private static bool IsRegular(byte b) =>
            b > 0x20 && b < 0x7F && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
                or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

        private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

        private static int HexValue(byte b) => b <= (byte)'9' ? b - '0' : (b | 0x20) - 'a' + 10;
    }

    /// <summary>Recognises a keyword in a byte sequence, one byte at a time.</summary>
    private sealed class KeywordMatcher(byte[] keyword)
    {
        private int _matched;

        public bool Matched => _matched == keyword.Length;

        /// <summary>No keyword in progress.</summary>
        public bool Idle => _matched == 0 || _matched == keyword.Length;

        public bool Step(byte b)
        {
            if (_matched == keyword.Length) _matched = 0;
            if (b == keyword[_matched]) _matched++;
            else _matched = b == keyword[0] ? 1 : 0;
            return _matched == keyword.Length;
        }
    }
}
