using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using DocumentUploads.UploadApi.Idempotency;
using DocumentUploads.UploadApi.Tests.Support;

namespace DocumentUploads.UploadApi.Tests.Idempotency;

public sealed class UploadFingerprintTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\nstatement\n%%EOF\n");

    private static Task<string> Fingerprint(string claimId = "600000001", string documentType = "L023",
        string fileName = "statement.pdf", long[]? trackedItemIds = null, byte[]? file = null) =>
        UploadFingerprint.ComputeAsync(claimId, documentType, fileName, trackedItemIds ?? [1234], new MemoryStream(file ?? Pdf),
            CancellationToken.None);

    [Fact]
    public async Task Is_sha256_over_the_length_prefixed_fields_then_the_file_in_lowercase_hex()
    {
        // Pins the encoding: changing it changes every fingerprint, which must be a deliberate decision.
        var expected = new MemoryStream();
        void Number(long n)
        {
            var bytes = new byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(bytes, n);
            expected.Write(bytes);
        }
        void Text(string s)
        {
            Number(Encoding.UTF8.GetByteCount(s));
            expected.Write(Encoding.UTF8.GetBytes(s));
        }
        Text("benefits-document-upload/1");
        Text("600000001");
        Text("L023");
        Text("statement.pdf");
        Number(1);
        Number(1234);
        expected.Write(Pdf);

        var fingerprint = await Fingerprint();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected.ToArray())), fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
    }

    [Fact]
    public async Task The_same_upload_has_the_same_fingerprint()
    {
        Assert.Equal(await Fingerprint(), await Fingerprint());
    }

    [Fact]
    public async Task Any_difference_in_the_file_or_the_fields_changes_it()
    {
        var original = await Fingerprint();
        var variants = new[]
        {
            await Fingerprint(file: [.. Pdf, (byte)'\n']),
            await Fingerprint(file: [.. Pdf[..^1], (byte)'X']),
            await Fingerprint(claimId: "600000002"),
            await Fingerprint(documentType: "L034"),
            await Fingerprint(fileName: "statement2.pdf"),
            await Fingerprint(trackedItemIds: []),
            await Fingerprint(trackedItemIds: [1234, 5678]),
        };

        Assert.DoesNotContain(original, variants);
        Assert.Equal(variants.Length, variants.Distinct().Count());
    }

    [Fact]
    public async Task Moving_characters_between_fields_changes_it()
    {
        Assert.NotEqual(await Fingerprint(claimId: "600", documentType: "L023"),
            await Fingerprint(claimId: "600L", documentType: "023"));
    }

    [Fact]
    public async Task A_large_file_is_streamed_through_once_and_hashes_like_the_same_bytes_in_memory()
    {
        const int length = 3 * 1024 * 1024 + 17; // not a multiple of the buffer
        var head = Encoding.ASCII.GetBytes("%PDF-1.7\n");
        var tail = Encoding.ASCII.GetBytes("\n%%EOF\n");
        var sparse = new SparseFile(length, head, tail, filler: (byte)'x');
        var inMemory = new byte[length];
        sparse.Open().ReadExactly(inMemory);
        var reads = sparse.BytesRead;

        await using var stream = sparse.Open();
        var streamed = await UploadFingerprint.ComputeAsync("600000001", "L023", "big.pdf", [], stream, CancellationToken.None);

        Assert.Equal(length, sparse.BytesRead - reads);
        Assert.Equal(await UploadFingerprint.ComputeAsync("600000001", "L023", "big.pdf", [], new MemoryStream(inMemory),
            CancellationToken.None), streamed);
    }
}
