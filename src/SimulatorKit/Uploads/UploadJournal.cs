using System.Text;
using System.Text.Json;

namespace DocumentUploads.SimulatorKit.Uploads;

/// <summary>What a simulator accepted, one JSON line per entry, so that a simulator killed and started
/// again still knows every upload it answered for: the real APIs do not forget an accepted document when a
/// process dies. Each line is written and handed to the OS before the upload is answered (it survives a
/// killed process, not a lost machine); a line cut short by a kill is skipped on replay.</summary>
public sealed class UploadJournal<TEntry> : IDisposable
{
    private readonly Lock _gate = new();
    private readonly FileStream? _file;
    private readonly JsonSerializerOptions _json;

    /// <param name="path">The journal file; null or empty keeps nothing (memory only).</param>
    public UploadJournal(string? path, JsonSerializerOptions json)
    {
        _json = json;
        if (string.IsNullOrWhiteSpace(path)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
    }

    public bool Persistent => _file is not null;

    /// <summary>Every entry written so far, oldest first; call once, before the first <see cref="Append"/>.</summary>
    public List<TEntry> Replay()
    {
        var entries = new List<TEntry>();
        if (_file is null) return entries;
        lock (_gate)
        {
            _file.Position = 0;
            using var reader = new StreamReader(_file, Encoding.UTF8, leaveOpen: true);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0) continue;
                try
                {
                    if (JsonSerializer.Deserialize<TEntry>(line, _json) is { } entry) entries.Add(entry);
                }
                catch (JsonException)
                {
                    // The last line of a process killed while writing it.
                }
            }
            _file.Seek(0, SeekOrigin.End);
        }
        return entries;
    }

    public void Append(TEntry entry)
    {
        if (_file is null) return;
        var line = JsonSerializer.SerializeToUtf8Bytes(entry, _json);
        lock (_gate)
        {
            _file.Write(line);
            _file.WriteByte((byte)'\n');
            _file.Flush(flushToDisk: false);
        }
    }

    /// <summary>Forgets everything (the simulator's "clear" route).</summary>
    public void Truncate()
    {
        if (_file is null) return;
        lock (_gate) _file.SetLength(0);
    }

    public void Dispose() => _file?.Dispose();
}
