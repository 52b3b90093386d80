using DocumentUploads.DocumentWorkflow.Storage.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Tests;

public sealed class SqliteWriteGateTests
{
    [Fact]
    public void Stores_on_one_file_share_a_gate_and_other_files_have_their_own()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gate-" + Guid.NewGuid().ToString("N"));
        var file = SqliteConnectionStrings.ForDataDirectory(folder);
        var sameFileOtherSpelling = $"Data Source={Path.Combine(folder, ".", SqliteConnectionStrings.FileName)};Pooling=False";
        var other = SqliteConnectionStrings.ForDataDirectory(folder + "-other");
        try
        {
            Assert.Same(SqliteWriteGate.For(file), SqliteWriteGate.For(sameFileOtherSpelling));
            Assert.NotSame(SqliteWriteGate.For(file), SqliteWriteGate.For(other));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(folder + "-other", recursive: true);
        }
    }

    [Fact]
    public async Task A_second_writer_waits_for_the_first_without_failing()
    {
        var gate = SqliteWriteGate.For($"Data Source={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))}.db");
        var firstHolding = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        var secondRan = false;

        var first = gate.WriteAsync(async () =>
        {
            firstHolding.SetResult();
            await releaseFirst.Task;
            return secondRan;
        }, CancellationToken.None);
        await firstHolding.Task;
        var second = gate.WriteAsync(() =>
        {
            secondRan = true;
            return Task.CompletedTask;
        }, CancellationToken.None);

        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        releaseFirst.SetResult();
        Assert.False(await first); // the second writer had not run while the first held the gate
        await second;
        Assert.True(secondRan);
    }

    [Fact]
    public async Task A_failed_write_releases_the_gate()
    {
        var gate = SqliteWriteGate.For($"Data Source={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))}.db");
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            gate.WriteAsync<int>(() => throw new InvalidOperationException("boom"), CancellationToken.None));
        Assert.Equal(1, await gate.WriteAsync(() => Task.FromResult(1), CancellationToken.None));
    }
}
