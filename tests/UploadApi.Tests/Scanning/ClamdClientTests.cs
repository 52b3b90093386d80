using System.Text;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Scanning;

namespace DocumentUploads.UploadApi.Tests.Scanning;

/// <summary>The INSTREAM client against a real clamd loaded with the test signature.</summary>
public sealed class ClamdClientTests(ClamdFixture fixture) : IClassFixture<ClamdFixture>
{
    private ClamdClient Client => new("127.0.0.1", fixture.Clamd.Port);

    private static MemoryStream Content(string text) => new(Encoding.ASCII.GetBytes(text));

    [Fact]
    public async Task A_file_carrying_the_test_signature_is_infected_and_named()
    {
        var verdict = await Client.ScanAsync(Content($"%PDF-1.4\n% {ClamdProcess.Eicar}\n%%EOF\n"), CancellationToken.None);
        Assert.Equal(new ScanVerdict.Infected(ClamdProcess.TestSignature), verdict);
    }

    [Fact]
    public async Task A_clean_file_larger_than_one_chunk_is_clean()
    {
        var verdict = await Client.ScanAsync(new MemoryStream(new byte[300_000]), CancellationToken.None);
        Assert.IsType<ScanVerdict.Clean>(verdict);
    }

    [Fact]
    public async Task The_signature_is_found_past_the_first_chunk()
    {
        var content = new MemoryStream();
        content.Write(new byte[200_000]);
        content.Write(Encoding.ASCII.GetBytes(ClamdProcess.Eicar));
        content.Position = 0;
        Assert.IsType<ScanVerdict.Infected>(await Client.ScanAsync(content, CancellationToken.None));
    }

    [Fact]
    public async Task A_stream_past_clamds_limit_gets_no_verdict_rather_than_clean()
    {
        // The test clamd takes 2 MB per stream.
        var verdict = await Client.ScanAsync(new MemoryStream(new byte[3 * 1024 * 1024]), CancellationToken.None);
        Assert.IsType<ScanVerdict.Failed>(verdict);
    }

    [Fact]
    public async Task Nothing_listening_is_no_verdict()
    {
        var verdict = await new ClamdClient("127.0.0.1", LoopbackPorts.Free()).ScanAsync(Content("hello"), CancellationToken.None);
        Assert.IsType<ScanVerdict.Failed>(verdict);
        Assert.False(await new ClamdClient("127.0.0.1", LoopbackPorts.Free()).PingAsync(CancellationToken.None));
        Assert.True(await Client.PingAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("stream: OK", "clean")]
    [InlineData("stream: Win.Test.EICAR_HDB-1 FOUND", "Win.Test.EICAR_HDB-1")]
    [InlineData("INSTREAM size limit exceeded. ERROR", "failed")]
    [InlineData("", "failed")]
    public void Replies_are_read_strictly(string reply, string expected)
    {
        var verdict = ClamdClient.Parse(reply);
        Assert.Equal(expected, verdict switch
        {
            ScanVerdict.Clean => "clean",
            ScanVerdict.Infected infected => infected.Signature,
            _ => "failed",
        });
    }
}
