using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using DocumentUploads.ServiceDefaults;
using Xunit.Abstractions;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>A large upload streams through upload-api and provider-lighthouse: neither process's peak
/// resident memory grows by anything like the file's size (issue: "memory per upload stays far below
/// the file size"). Peaks are read from /proc, reset just before the upload.</summary>
[Collection(StackCollection.Name)]
public sealed class LargeUploadMemoryTests(StackFixture stack, ITestOutputHelper output)
{
    private const int FileBytes = 45 * 1024 * 1024; // under the 50 MB limit for files that are not PDFs

    [Fact]
    public async Task A_45_MB_upload_raises_neither_service_peak_memory_by_half_its_size()
    {
        if (!OperatingSystem.IsLinux()) return; // /proc is where the peaks are read

        var pids = new[] { AppIds.UploadApi, AppIds.ProviderLighthouse }.ToDictionary(app => app,
            app => stack.App.ProcessIdOf(app));
        // Settle each process's heap first, then start its peak afresh from its current resident size.
        var before = pids.ToDictionary(p => p.Key, p => ResetPeakKb(p.Value));

        var client = await stack.VeteranAsync("p-100");
        var file = new StreamContent(new AsciiTextStream(FileBytes));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        file.Headers.ContentLength = FileBytes;
        using var form = new MultipartFormDataContent
        {
            { file, "file", "large-statement.txt" },
            { new StringContent("L023"), "document_type" },
        };
        using var response = await Uploads.PostAsync(client, "600000001", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        foreach (var (app, pid) in pids)
        {
            var grewKb = PeakKb(pid) - before[app];
            output.WriteLine($"{app}: peak resident memory grew {grewKb / 1024.0:F1} MB for a {FileBytes / 1048576} MB upload");
            Assert.True(grewKb * 1024L < FileBytes / 2,
                $"{app}'s peak resident memory grew {grewKb / 1024} MB for a {FileBytes / 1048576} MB upload: is the file buffered in memory?");
        }
    }

    private static long ResetPeakKb(int pid)
    {
        File.WriteAllText($"/proc/{pid}/clear_refs", "5"); // 5: reset the peak resident set size to the current one
        return PeakKb(pid);
    }

    private static long PeakKb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>Printable ASCII lines, produced as they are read: the test holds no copy of the file either.</summary>
    private sealed class AsciiTextStream(long length) : Stream
    {
        private static readonly byte[] Line = "Statement in support of claim: the veteran's account, line after line.\n"u8.ToArray();
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++) buffer[offset + i] = Line[(_position + i) % Line.Length];
            _position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
