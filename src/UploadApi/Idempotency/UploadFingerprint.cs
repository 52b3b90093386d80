using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DocumentUploads.UploadApi.Idempotency;

/// <summary>What makes two uploads "the same request" for an idempotency key: SHA-256 over the claim id, document
/// type, file name and tracked item ids (each length-prefixed, so no two field lists encode alike) and then the
/// file's bytes, as lowercase hex. The participant is not in it: keys are already per participant.</summary>
public static class UploadFingerprint
{
    private const int BufferLength = 64 * 1024;

    /// <summary>Changes if the encoding below ever does, so an old fingerprint never equals a new one by accident.</summary>
    private const string Version = "benefits-document-upload/1";

    /// <summary>Hashes <paramref name="file"/> from its current position to its end through one pooled buffer,
    /// so memory stays flat however large the file. Pass the file exactly as the veteran sent it (the form
    /// file's stream): an unlocked copy of a locked PDF need not come out byte for byte the same twice.</summary>
    public static async Task<string> ComputeAsync(string claimId, string documentType, string fileName,
        IReadOnlyList<long> trackedItemIds, Stream file, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendText(hash, Version);
        AppendText(hash, claimId);
        AppendText(hash, documentType);
        AppendText(hash, fileName);
        AppendNumber(hash, trackedItemIds.Count);
        foreach (var id in trackedItemIds) AppendNumber(hash, id);

        var buffer = ArrayPool<byte>.Shared.Rent(BufferLength);
        try
        {
            int read;
            while ((read = await file.ReadAsync(buffer.AsMemory(0, BufferLength), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendText(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        AppendNumber(hash, bytes.Length);
        hash.AppendData(bytes);
    }

    private static void AppendNumber(IncrementalHash hash, long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }
}
