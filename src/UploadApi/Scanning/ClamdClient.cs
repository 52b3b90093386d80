using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace DocumentUploads.UploadApi.Scanning;

/// <summary>clamd's INSTREAM command over its TCP socket (no .NET client is served here; the protocol is
/// small): <c>zINSTREAM\0</c>, then the content in chunks each preceded by its length as a 4-byte big-endian
/// number, then a zero length; clamd answers <c>stream: OK\0</c> or <c>stream: {signature} FOUND\0</c>.</summary>
public sealed class ClamdClient(string host, int port)
{
    private const int ChunkSize = 64 * 1024;
    private const string OkReply = "stream: OK";
    private const string FoundSuffix = " FOUND";

    public async Task<ScanVerdict> ScanAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cancellationToken);
            await using var stream = client.GetStream();
            await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), cancellationToken);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(4, ChunkSize), cancellationToken)) > 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)read);
                await stream.WriteAsync(buffer.AsMemory(0, read + 4), cancellationToken);
            }
            BinaryPrimitives.WriteUInt32BigEndian(buffer, 0);
            await stream.WriteAsync(buffer.AsMemory(0, 4), cancellationToken);
            return Parse(await ReadReplyAsync(stream, cancellationToken));
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            // clamd closes the connection when a stream passes its StreamMaxLength: no verdict either way.
            return new ScanVerdict.Failed($"clamd could not be reached or dropped the connection ({e.GetType().Name})");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>True when clamd answers PING with PONG.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cancellationToken);
            await using var stream = client.GetStream();
            await stream.WriteAsync("zPING\0"u8.ToArray(), cancellationToken);
            return await ReadReplyAsync(stream, cancellationToken) == "PONG";
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
    }

    public static ScanVerdict Parse(string reply)
    {
        if (reply == OkReply) return new ScanVerdict.Clean();
        if (reply.StartsWith("stream: ", StringComparison.Ordinal) && reply.EndsWith(FoundSuffix, StringComparison.Ordinal))
        {
            return new ScanVerdict.Infected(reply["stream: ".Length..^FoundSuffix.Length]);
        }
        return new ScanVerdict.Failed($"clamd answered \"{(reply.Length > 200 ? reply[..200] : reply)}\"");
    }

    /// <summary>Reads up to the terminating NUL (or the end of the connection); a reply is one short line.</summary>
    private static async Task<string> ReadReplyAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var reply = new MemoryStream();
        var one = new byte[256];
        while (reply.Length < 4096)
        {
            var read = await stream.ReadAsync(one, cancellationToken);
            if (read == 0) break;
            var nul = Array.IndexOf(one, (byte)0, 0, read);
            reply.Write(one, 0, nul < 0 ? read : nul);
            if (nul >= 0) break;
        }
        return Encoding.ASCII.GetString(reply.GetBuffer(), 0, (int)reply.Length).TrimEnd('\n');
    }
}
