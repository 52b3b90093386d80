using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace DocumentUploads.Stack.IntegrationTests.Browser;

/// <summary>One test's browser context and page, with every console error and uncaught script error
/// the page produced (a Content-Security-Policy violation shows up here), closed when the test ends.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _errors = new();

    public BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") _errors.Enqueue(message.Text);
        };
        page.PageError += (_, error) => _errors.Enqueue(error);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyCollection<string> Errors => _errors.ToArray();

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
