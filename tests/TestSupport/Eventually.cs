using System.Diagnostics;

namespace DocumentUploads.TestSupport;

/// <summary>Polls until a condition holds or a bounded time passes; the last value is returned
/// either way, so the test asserts on what was actually seen.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > (timeout ?? DefaultTimeout)) return value;
            await Task.Delay(100);
        }
    }
}
