using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DocumentUploads.ProviderContract.Tests.Infrastructure;

/// <summary>Counts the requests a simulator receives, by method and path. A simulator records
/// nothing for an upload it fails, so this is how a test sees that the provider did not retry.</summary>
public sealed class RequestCounter
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    public int Count(string method, string path) => _counts.GetValueOrDefault(Key(method, path));

    /// <summary>Adds the counting middleware to <paramref name="app"/> (call before it starts).</summary>
    public void CountRequestsTo(WebApplication app) => app.Use(async (HttpContext context, RequestDelegate next) =>
    {
        _counts.AddOrUpdate(Key(context.Request.Method, context.Request.Path.Value ?? ""), 1, (_, n) => n + 1);
        await next(context);
    });

    private static string Key(string method, string path) => $"{method} {path.TrimEnd('/')}";
}
