using System.Net.Http.Json;
using DocumentUploads.Contracts.Features;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocumentUploads.Stack.IntegrationTests.Browser;

/// <summary>The veteran's upload page in headless Chromium against the running stack: uploads with
/// progress to Received, a document failing at BGS, refusals in plain words with focus on the error
/// summary, a locked PDF, keyboard-only use, a phone-sized screen, and the ADR's provider rules.</summary>
[Collection(StackCollection.Name)]
[Trait("Category", "Browser")]
public sealed class UploadPageTests(StackFixture stack, BrowserFixture browser)
{
    /// <summary>Set to a .png path to write the README's screenshot from the phone-sized test.</summary>
    public const string ScreenshotVariable = "UPLOAD_PAGE_SCREENSHOT";

    private const string Claim = "600000001";

    /// <summary>The participant the page's development sign-in (upload.js) uses.</summary>
    private const string Veteran = "600043201";

    private Task<BrowserSession> OpenAsync(BrowserNewContextOptions? options = null) =>
        browser.OpenAsync(stack.App.GetEndpoint(AppIds.UploadApi), options);

    private static async Task<bool> IsFocusedAsync(ILocator locator) => await locator.EvaluateAsync<bool>("e => e === document.activeElement");

    [Fact]
    public async Task An_upload_shows_its_progress_and_each_step_until_Received()
    {
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(); // no token handed over: Development sign-in through /dev/token
        await Expect(page.Notice).ToContainTextAsync("Development sign-in");

        // A slow phone connection, so the upload takes long enough to show progress on the way.
        var cdp = await session.Context.NewCDPSessionAsync(session.Page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 50, ["downloadThroughput"] = 1_000_000, ["uploadThroughput"] = 400_000,
        });
        await session.Page.EvaluateAsync(@"() => {
            window.__progress = [];
            new MutationObserver(() => {
                const bar = document.querySelector('progress');
                if (bar) window.__progress.push(bar.value);
            }).observe(document.getElementById('file-list'), { subtree: true, attributes: true, attributeFilter: ['value'] });
        }");
        await page.RecordStatusesAsync();

        const string name = "statement-of-service.pdf";
        await page.FillAsync(Claim);
        await page.AddFilesAsync(UploadPageObject.Pdf(name, SamplePdf.Create(new string('x', 600_000))));
        await page.Submit.ClickAsync();

        await Expect(page.StatusLabel(name)).ToHaveTextAsync("Received");
        await Expect(page.StatusDetail(name)).ToContainTextAsync("VA has it in your claim file");
        var progress = await session.Page.EvaluateAsync<double[]>("() => window.__progress");
        Assert.Contains(progress, p => p is > 0 and < 100); // a real, moving progress bar
        Assert.Equal(100, progress[^1]);
        Assert.Equal("100", await page.Progress(name).GetAttributeAsync("value"));
        var seen = await page.StatusesSeenAsync(name);
        Assert.Equal(["Uploading", "Received by VA.gov"], seen.Take(2));
        Assert.Equal("Received", seen[^1]);
        Assert.Empty(session.Errors); // includes Content-Security-Policy violations
        // The claim is remembered for the next visit.
        Assert.Equal($"[\"{Claim}\"]", await session.Page.EvaluateAsync<string>("() => localStorage.getItem('vaRecentClaims')"));
    }

    [Fact]
    public async Task The_claims_documents_show_newest_first_a_page_at_a_time_with_older_ones_on_request()
    {
        // A claim of its own, so other tests' uploads do not shift its pages.
        const string claim = "600000777";
        using (var api = await stack.VeteranAsync(Veteran))
        {
            for (var i = 1; i <= 12; i++)
            {
                using var response = await Uploads.PostAsync(api, claim, Uploads.Form($"history-{i:D2}.pdf"));
                Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
            }
        }
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync();

        await page.ClaimNumber.FillAsync(claim);
        await page.ClaimNumber.PressAsync("Tab");

        await Expect(page.ClaimDocumentItems).ToHaveCountAsync(10);
        await Expect(page.ClaimDocumentItems.First).ToContainTextAsync("history-12.pdf");
        await Expect(page.ClaimDocumentItems.Nth(9)).ToContainTextAsync("history-03.pdf");

        await page.ShowOlderDocuments.ClickAsync();

        await Expect(page.ClaimDocumentItems).ToHaveCountAsync(12);
        await Expect(page.ClaimDocumentItems.Last).ToContainTextAsync("history-01.pdf");
        await Expect(page.ShowOlderDocuments).ToBeHiddenAsync();
        Assert.True(await IsFocusedAsync(page.ClaimDocumentItems.Nth(10)), "focus moves to the first older document");
    }

    [Fact]
    public async Task A_document_failing_in_BGS_says_what_went_wrong_and_what_to_do()
    {
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync("page-bgs-1"));

        const string name = "evidence-sim-fail-bgs.pdf";
        await page.FillAsync(Claim, "Buddy/lay statement");
        await page.AddFilesAsync(UploadPageObject.Pdf(name));
        await page.Submit.ClickAsync();

        await Expect(page.StatusLabel(name)).ToHaveTextAsync($"We couldn't process {name}");
        await Expect(page.StatusDetail(name)).ToContainTextAsync("VA's benefits system (BGS) couldn't add it to your claim.");
        await Expect(page.StatusDetail(name)).ToContainTextAsync("Upload it again");
        await Expect(page.Entry(name)).ToHaveAttributeAsync("data-status", "failed");
    }

    [Fact]
    public async Task Files_the_page_can_check_are_refused_before_sending_with_focus_on_the_error_summary()
    {
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync("page-invalid-1"));
        var posts = 0;
        session.Page.Request += (_, request) => { if (request.Method == "POST") posts++; };

        await page.Submit.ClickAsync(); // nothing filled in
        await Expect(page.ErrorSummary).ToBeVisibleAsync();
        Assert.True(await IsFocusedAsync(page.ErrorSummary));
        await Expect(page.ErrorSummary).ToContainTextAsync("Enter your claim number.");
        await Expect(page.ErrorSummary).ToContainTextAsync("Choose a document type.");
        await Expect(page.ErrorSummary).ToContainTextAsync("Add at least one file.");
        await Expect(page.ClaimNumber).ToHaveAttributeAsync("aria-invalid", "true");

        await page.FillAsync(Claim);
        await page.AddFilesAsync(UploadPageObject.Text("empty.txt", ""),
            new FilePayload { Name = "setup.exe", MimeType = "application/octet-stream", Buffer = [0x4d, 0x5a, 0x90] });
        await page.Submit.ClickAsync();

        await Expect(page.ErrorSummary).ToContainTextAsync("empty.txt is empty. Choose a file that has something in it.");
        await Expect(page.ErrorSummary).ToContainTextAsync("We can't accept setup.exe: it's not a type of file we take.");
        Assert.True(await IsFocusedAsync(page.ErrorSummary));
        await Expect(page.Entry("empty.txt").Locator(".field-error")).ToContainTextAsync("empty.txt is empty");
        Assert.Equal(0, posts);

        // The summary's link takes the keyboard to the file it is about.
        var link = page.ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "setup.exe" });
        await Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^#file-\\d+-remove$"));
        await link.PressAsync("Enter");
        Assert.True(await IsFocusedAsync(session.Page.GetByRole(AriaRole.Button, new() { Name = "Remove setup.exe" })));
    }

    [Fact]
    public async Task A_refusal_only_the_API_can_tell_shows_its_sentence_and_the_fixed_file_then_uploads()
    {
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync("page-invalid-2"));

        // Not ASCII: only the API reads the content.
        await page.FillAsync(Claim);
        await page.AddFilesAsync(UploadPageObject.Text("notes.txt", "Déclaration de service"));
        await page.Submit.ClickAsync();

        await Expect(page.ErrorSummary).ToContainTextAsync("notes.txt has characters we can't read in a text file. Save it as a PDF and try again.");
        Assert.True(await IsFocusedAsync(page.ErrorSummary));
        await Expect(page.StatusLabel("notes.txt")).ToHaveTextAsync("Not uploaded");

        await page.Entry("notes.txt").GetByRole(AriaRole.Button, new() { Name = "Remove notes.txt" }).ClickAsync();
        await page.AddFilesAsync(UploadPageObject.Text("notes-ascii.txt", "Statement of service"));
        await page.Submit.ClickAsync();
        await Expect(page.StatusLabel("notes-ascii.txt")).ToHaveTextAsync("Received");
        await Expect(page.ErrorSummary).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_locked_PDF_asks_for_its_password_and_uploads_once_it_is_right()
    {
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync("page-locked-1"));

        const string name = "bank-statement.pdf";
        await page.FillAsync(Claim, "Other correspondence");
        await page.AddFilesAsync(UploadPageObject.Pdf(name, LockedPdf.Create("open-sesame")), UploadPageObject.Pdf("plain.pdf"));

        // Seen as locked from its trailer before anything is sent; the plain one asks nothing.
        await Expect(page.Password(name)).ToBeVisibleAsync();
        await Expect(page.Password("plain.pdf")).ToBeHiddenAsync();

        await page.Submit.ClickAsync();
        await Expect(page.ErrorSummary).ToContainTextAsync($"Enter the password for {name}.");

        await page.Password(name).FillAsync("wrong");
        await page.Submit.ClickAsync();
        await Expect(page.ErrorSummary).ToContainTextAsync($"The password for {name} isn't right. Check it and try again.");
        Assert.True(await IsFocusedAsync(page.ErrorSummary));
        await Expect(page.StatusLabel("plain.pdf")).ToHaveTextAsync("Received"); // the other file went on its way

        await page.Password(name).FillAsync("open-sesame");
        await page.Submit.ClickAsync();
        await Expect(page.StatusLabel(name)).ToHaveTextAsync("Received");
        await Expect(page.Password(name)).ToBeDisabledAsync();
        // plain.pdf was sent once: its document was not uploaded again on the second submit.
        using var veteran = await stack.VeteranAsync("page-locked-1");
        var listed = await veteran.GetFromJsonAsync<ListAnswer>($"/v0/benefits_claims/{Claim}/benefits_documents");
        Assert.Single(listed!.Data, d => d.FileName == "plain.pdf");
        Assert.Single(listed.Data, d => d.FileName == name);
    }

    [Fact]
    public async Task A_connection_lost_after_VA_got_the_file_is_retried_without_a_second_upload()
    {
        const string user = "page-retry-1";
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync(user));
        var keys = new List<string>();
        // The first attempt reaches the API, but its answer is lost on the way back, as on a train going into a tunnel.
        await session.Page.RouteAsync("**/benefits_documents*", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync(); // the claim's document list
                return;
            }
            keys.Add(route.Request.Headers["idempotency-key"]);
            if (keys.Count == 1)
            {
                await using var _ = await route.FetchAsync();
                await route.AbortAsync();
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.FillAsync(Claim);
        await page.AddFilesAsync(UploadPageObject.Pdf("tunnel.pdf"));

        await page.Submit.ClickAsync();
        await Expect(page.ErrorSummary).ToContainTextAsync("We couldn't reach VA.gov. Check your internet connection and submit again.");
        await page.Submit.ClickAsync();
        await Expect(page.StatusLabel("tunnel.pdf")).ToHaveTextAsync("Received");

        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
        using var veteran = await stack.VeteranAsync(user);
        var listed = await veteran.GetFromJsonAsync<ListAnswer>($"/v0/benefits_claims/{Claim}/benefits_documents");
        Assert.Single(listed!.Data); // the retry was answered with the first upload, not sent again
    }

    [Fact]
    public async Task The_whole_upload_works_from_the_keyboard_alone()
    {
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync("page-keyboard-1"));
        var keyboard = session.Page.Keyboard;

        await keyboard.PressAsync("Tab"); // skip link
        await keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(page.ClaimNumber));
        await keyboard.TypeAsync(Claim);
        await keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(page.DocumentType));
        await keyboard.PressAsync("ArrowDown"); // the first type in the list
        Assert.NotEqual("", await page.DocumentType.InputValueAsync());
        await keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(page.Files));
        var chooser = await session.Page.RunAndWaitForFileChooserAsync(() => keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(UploadPageObject.Pdf("keyboard.pdf"));
        await keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(session.Page.GetByRole(AriaRole.Button, new() { Name = "Remove keyboard.pdf" })));
        await keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(page.Submit));
        await keyboard.PressAsync("Enter");

        await Expect(page.StatusLabel("keyboard.pdf")).ToHaveTextAsync("Received");
    }

    [Fact]
    public async Task On_a_phone_sized_screen_several_files_show_their_own_status_without_sideways_scrolling()
    {
        await using var session = await OpenAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
            DeviceScaleFactor = 1,
            IsMobile = true,
            HasTouch = true,
        });
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync("page-phone-1"));

        await page.FillAsync(Claim, "Medical treatment record (non-government facility)");
        await page.AddFilesAsync(UploadPageObject.Pdf("clinic-visit-2019.pdf"), UploadPageObject.Pdf("x-ray-sim-fail-bgs.pdf"),
            UploadPageObject.Pdf("hearing-test-sim-stuck.pdf"));
        await page.Submit.ClickAsync();

        await Expect(page.StatusLabel("clinic-visit-2019.pdf")).ToHaveTextAsync("Received");
        await Expect(page.StatusLabel("x-ray-sim-fail-bgs.pdf")).ToHaveTextAsync("We couldn't process x-ray-sim-fail-bgs.pdf");
        await Expect(page.StatusLabel("hearing-test-sim-stuck.pdf")).ToHaveTextAsync("In VBMS");

        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways at 360 px");
        var box = await page.Submit.BoundingBoxAsync();
        Assert.True(box!.Height >= 44, "the button is a comfortable touch target");

        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
    }

    [Fact]
    public async Task The_provider_id_is_sent_only_while_the_multi_provider_flag_is_on_for_the_veteran()
    {
        const string user = "page-flag-1";
        await Flags.SetAsync(stack, FeatureFlagNames.MultiDocumentProvider, true, $"user-{user}");
        using (var veteran = await stack.VeteranAsync(user))
        {
            await Flags.WaitForAsync(veteran, FeatureFlagNames.MultiDocumentProvider, true);
        }

        Assert.Contains("provider_id=0", await UploadUrlAsync(user, Claim));
        Assert.DoesNotContain("provider_id", await UploadUrlAsync("page-flag-off-1", Claim)); // flag off for everyone else
    }

    private async Task<string> UploadUrlAsync(string user, string claimId)
    {
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync(user));
        await page.FillAsync(claimId);
        await page.AddFilesAsync(UploadPageObject.Pdf("routed.pdf"));
        var request = await session.Page.RunAndWaitForRequestAsync(() => page.Submit.ClickAsync(),
            r => r.Method == "POST" && r.Url.Contains("/benefits_documents", StringComparison.Ordinal));
        Assert.NotNull(request.Headers.GetValueOrDefault("idempotency-key"));
        await Expect(page.StatusLabel("routed.pdf")).Not.ToHaveTextAsync("Uploading");
        return request.Url;
    }

    [Fact]
    public async Task A_CHAMPVA_claim_whose_system_is_off_for_the_veteran_is_explained_not_sent_elsewhere()
    {
        const string user = "page-champva-1";
        await Flags.SetAsync(stack, FeatureFlagNames.MultiDocumentProvider, true, $"user-{user}");
        using (var veteran = await stack.VeteranAsync(user))
        {
            await Flags.WaitForAsync(veteran, FeatureFlagNames.MultiDocumentProvider, true);
        }
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync(user));
        await page.FillAsync("CHAMPVA_9001");
        await page.AddFilesAsync(UploadPageObject.Pdf("champva-receipt.pdf"));

        var request = await session.Page.RunAndWaitForRequestAsync(() => page.Submit.ClickAsync(),
            r => r.Method == "POST" && r.Url.Contains("/benefits_documents", StringComparison.Ordinal));

        Assert.Contains("provider_id=1", request.Url); // getProviderIdForClaim: CHAMPVA_ -> 1
        await Expect(page.ErrorSummary).ToContainTextAsync("We can't accept documents for this claim online right now. Nothing was sent.");
        Assert.True(await IsFocusedAsync(page.ErrorSummary));
    }

    [Fact]
    public async Task INVALID_PROVIDER_is_explained_and_not_retried_with_another_provider()
    {
        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync("page-invalid-provider-1"));
        var uploads = 0;
        // The API answers INVALID_PROVIDER only to a provider id this page never sends, so the answer is staged.
        await session.Page.RouteAsync("**/benefits_documents*", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync(); // the claim's document list
                return;
            }
            uploads++;
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 400,
                ContentType = "application/json",
                Body = """{"errors":[{"title":"The system named for this upload doesn't exist.","detail":"INVALID_PROVIDER","code":"INVALID_PROVIDER","status":"400"}]}""",
            });
        });
        await page.FillAsync(Claim);
        await page.AddFilesAsync(UploadPageObject.Pdf("provider.pdf"));
        await page.Submit.ClickAsync();

        await Expect(page.ErrorSummary).ToContainTextAsync("We couldn't tell which VA office handles this claim, so nothing was sent.");
        Assert.Equal(1, uploads);
    }

    [Fact]
    public async Task Without_a_token_the_page_says_the_veteran_is_not_signed_in_and_disables_the_form()
    {
        await using var session = await OpenAsync();
        // What a deployed (non-Development) upload-api answers: there is no /dev/token.
        await session.Page.RouteAsync("**/dev/token", route => route.FulfillAsync(new RouteFulfillOptions { Status = 404 }));
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(waitUntilReady: false);

        await Expect(page.Notice).ToContainTextAsync("You're not signed in");
        await Expect(page.Submit).ToBeDisabledAsync();
        await Expect(page.ClaimNumber).ToBeDisabledAsync();
    }

    [Fact]
    public async Task A_token_handed_over_in_the_fragment_leaves_the_address_bar_and_never_reaches_the_server()
    {
        await using var session = await OpenAsync();
        var urls = new List<string>();
        session.Page.Request += (_, request) => urls.Add(request.Url);
        var page = new UploadPageObject(session.Page);
        var token = await stack.VeteranTokenAsync("page-fragment-1");

        await page.OpenAsync(token);

        Assert.DoesNotContain("access_token", session.Page.Url);
        Assert.DoesNotContain(urls, u => u.Contains(token, StringComparison.Ordinal) || u.Contains("access_token", StringComparison.Ordinal));
        Assert.Equal(token, await session.Page.EvaluateAsync<string>("() => sessionStorage.getItem('vaUploadToken')"));
        Assert.DoesNotContain(stack.Log, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_is_served_with_a_self_only_policy_and_its_rules_hold_in_the_browser()
    {
        using var client = stack.Client(AppIds.UploadApi);
        using var response = await client.GetAsync("/");
        response.EnsureSuccessStatusCode();
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

        await using var session = await OpenAsync();
        var page = new UploadPageObject(session.Page);
        await page.OpenAsync(await stack.VeteranTokenAsync("page-rules-1"));
        // Page-level unit checks of the pure rules (upload-text.js), in the browser that runs them.
        var checks = await session.Page.EvaluateAsync<Dictionary<string, string>>(@"() => {
            const t = window.uploadText;
            const d = (status, step) => t.describeStatus({ status, step, fileName: 'f.pdf' }).label;
            return {
                champva: String(t.getProviderIdForClaim('CHAMPVA_123')),
                numeric: String(t.getProviderIdForClaim('600000001')),
                lowercase: String(t.getProviderIdForClaim('champva_1')),
                submitted: d('submitted'), vbms: d('in_progress', 'CLAIMS_EVIDENCE'), bgs: d('in_progress', 'BENEFITS_GATEWAY_SERVICE'),
                completed: d('completed'), failed: d('failed', 'CLAIMS_EVIDENCE'), uploadFailed: d('upload_failed'),
                notFound: d('not_found'), timedOut: d('timed_out'),
                locked: String(t.looksLockedPdf('%PDF-1.4', 'trailer <</Root 1 0 R /Encrypt 5 0 R>> startxref 9 %%EOF')),
                metadataOnly: String(t.looksLockedPdf('%PDF-1.4', 'trailer <</Root 1 0 R /EncryptMetadata true>>')),
                unknownCode: t.errorSentence('SOMETHING_NEW', 'a.pdf'),
            };
        }");
        Assert.Equal(("1", "0", "0"), (checks["champva"], checks["numeric"], checks["lowercase"]));
        Assert.Equal("Received by VA.gov", checks["submitted"]);
        Assert.Equal(("In VBMS", "In BGS", "Received"), (checks["vbms"], checks["bgs"], checks["completed"]));
        Assert.Equal("We couldn't process f.pdf", checks["failed"]);
        Assert.Equal("We couldn't send f.pdf to VA", checks["uploadFailed"]);
        Assert.Equal("VA can't find f.pdf", checks["notFound"]);
        Assert.Equal("Taking longer than usual", checks["timedOut"]);
        Assert.Equal(("true", "false"), (checks["locked"], checks["metadataOnly"]));
        Assert.Equal("Something went wrong with a.pdf. Try again later.", checks["unknownCode"]);

        // Every code in README's error table has its own sentence.
        string[] codes =
        [
            "FILE_MISSING", "FILE_EMPTY", "FILE_NAME_INVALID", "FILE_TYPE_NOT_ALLOWED", "FILE_CONTENT_MISMATCH", "TEXT_NOT_ASCII",
            "FILE_TOO_LARGE", "INVALID_DOCUMENT_TYPE", "INVALID_TRACKED_ITEM_IDS", "PDF_MALFORMED", "PDF_ENCRYPTED",
            "PDF_INCORRECT_PASSWORD", "INVALID_PROVIDER", "PROVIDER_UNAVAILABLE", "FORBIDDEN", "INVALID_IDEMPOTENCY_KEY",
            "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_KEY_IN_USE", "UPSTREAM_REJECTED", "UPSTREAM_UNAVAILABLE", "DOCUMENT_NOT_FOUND",
            "TOO_MANY_FILES", "MULTIPART_MALFORMED", "MALWARE_DETECTED", "SCAN_UNAVAILABLE", "PDF_ACTIVE_CONTENT",
            "PDF_COMPRESSION_BOMB", "TEXT_CONTAINS_HTML", "FILE_IS_TWO_FORMATS",
        ];
        var missing = await session.Page.EvaluateAsync<string[]>("codes => codes.filter(c => !(c in window.uploadText.errorSentences))", codes);
        Assert.Empty(missing);
        Assert.Empty(session.Errors);
    }

    private sealed record ListAnswer(IReadOnlyList<DocumentAnswer> Data);
}
