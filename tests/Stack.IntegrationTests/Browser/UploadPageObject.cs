using System.Text;
using DocumentUploads.TestSupport;
using Microsoft.Playwright;

namespace DocumentUploads.Stack.IntegrationTests.Browser;

/// <summary>The upload page as a veteran sees it: found by labels and visible text, the way a screen
/// reader user would find things, so a lost label breaks a test.</summary>
public sealed class UploadPageObject(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator ClaimNumber => Page.GetByLabel("Claim number");

    public ILocator DocumentType => Page.GetByLabel("What type of document is this?");

    public ILocator Files => Page.GetByLabel("Add files");

    public ILocator Submit => Page.GetByRole(AriaRole.Button, new() { Name = "Submit files" });

    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert);

    public ILocator Notice => Page.Locator("#sign-in-notice");

    /// <summary>The claim's earlier documents, newest first, a page at a time.</summary>
    public ILocator ClaimDocuments => Page.GetByRole(AriaRole.Region, new() { Name = "Documents you sent for this claim" });

    public ILocator ClaimDocumentItems => ClaimDocuments.GetByRole(AriaRole.Listitem);

    public ILocator ShowOlderDocuments => ClaimDocuments.GetByRole(AriaRole.Button, new() { Name = "Show older documents" });

    /// <summary>Opens the page; with a token it is handed over in the fragment (never sent to the
    /// server), without one the page signs in through /dev/token. Waits until the form is usable.</summary>
    public async Task OpenAsync(string? token = null, bool waitUntilReady = true)
    {
        await Page.GotoAsync(token is null ? "/" : "/#access_token=" + Uri.EscapeDataString(token));
        if (waitUntilReady) await Assertions.Expect(Page.Locator("form[data-ready=true]")).ToHaveCountAsync(1);
    }

    public async Task FillAsync(string claimId, string documentTypeLabel = "Other correspondence")
    {
        await ClaimNumber.FillAsync(claimId);
        await DocumentType.SelectOptionAsync(new SelectOptionValue { Label = documentTypeLabel });
    }

    public Task AddFilesAsync(params FilePayload[] files) => Files.SetInputFilesAsync(files);

    public ILocator Entry(string fileName) => Page.Locator($"li.file-entry[data-file-name=\"{fileName}\"]");

    public ILocator StatusLabel(string fileName) => Entry(fileName).Locator(".status-label");

    public ILocator StatusDetail(string fileName) => Entry(fileName).Locator(".status-detail");

    public ILocator Progress(string fileName) => Page.GetByLabel($"Upload progress for {fileName}");

    public ILocator Password(string fileName) => Page.GetByLabel($"PDF password for {fileName}");

    /// <summary>Remembers, in the page, every status label each file shows, so a test can check the
    /// steps it went through however quickly they passed.</summary>
    public Task RecordStatusesAsync() => Page.EvaluateAsync(@"() => {
        window.__statuses = {};
        new MutationObserver(() => {
            for (const entry of document.querySelectorAll('li.file-entry')) {
                const label = entry.querySelector('.status-label').textContent;
                const seen = window.__statuses[entry.dataset.fileName] ||= [];
                if (label && seen[seen.length - 1] !== label) seen.push(label);
            }
        }).observe(document.getElementById('file-list'), { subtree: true, childList: true, characterData: true });
    }");

    public Task<string[]> StatusesSeenAsync(string fileName) =>
        Page.EvaluateAsync<string[]>("name => window.__statuses[name] || []", fileName);

    public static FilePayload Pdf(string name, byte[]? content = null) =>
        new() { Name = name, MimeType = "application/pdf", Buffer = content ?? SamplePdf.Create() };

    public static FilePayload Text(string name, string content) =>
        new() { Name = name, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(content) };
}
