using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Validation;
using PdfSharp.Logging;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace DocumentUploads.UploadApi.Tests.Validation;

/// <summary>Real PDFs through the validator: plain, damaged, locked with and without the right password.</summary>
public class PdfValidationTests
{
    private const string Password = "Tr0ub4dor&3-pdf-secret";

    private static readonly byte[] LockedPdf = TestPdfs.Locked(Password);

    [Fact]
    public async Task A_plain_pdf_passes_and_is_sent_unchanged()
    {
        var pdf = TestPdfs.Plain();

        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", pdf));

        await using var upload = validation.Upload!;
        Assert.Equal(pdf, await TestUploads.ReadContentAsync(upload));
    }

    [Fact]
    public async Task A_password_sent_with_a_plain_pdf_is_ignored()
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", TestPdfs.Plain(), password: "unneeded"));

        await using var upload = validation.Upload!;
        Assert.False(upload.WasUnlocked);
    }

    public static TheoryData<string, byte[]> DamagedPdfs => new()
    {
        { "cut in half", TestPdfs.Truncated() },
        { "page tree overwritten", TestPdfs.DamagedInside() },
        { "header only", "%PDF-1.7\n"u8.ToArray() },
        { "no header", TestPdfs.Plain()[5..] },
        { "locked and cut in half", LockedPdf[..(LockedPdf.Length / 2)] },
        { "locked, page tree overwritten", TestPdfs.DamagedInside(LockedPdf) },
    };

    [Theory]
    [MemberData(nameof(DamagedPdfs))]
    public async Task A_damaged_pdf_is_malformed(string damage, byte[] pdf)
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", pdf, password: Password));

        Assert.True(ApiErrors.PdfMalformed == validation.Rejection?.Code, damage);
        Assert.Equal(422, validation.Rejection!.Status);
    }

    [Fact]
    public async Task Damage_inside_a_pdf_too_large_to_parse_is_left_to_the_provider()
    {
        var options = TestUploads.TempOptions() with { FullParseMaxBytes = 100 };

        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", TestPdfs.DamagedInside()), options: options);

        Assert.Null(validation.Rejection);
    }

    [Fact]
    public async Task A_locked_pdf_without_a_password_is_refused()
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", LockedPdf));

        Assert.Equal(ApiErrors.PdfEncrypted, validation.Rejection?.Code);
        Assert.Equal(422, validation.Rejection!.Status);
    }

    [Fact]
    public async Task A_locked_pdf_with_the_wrong_password_is_refused()
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", LockedPdf, password: "not-it"));

        Assert.Equal(ApiErrors.PdfIncorrectPassword, validation.Rejection?.Code);
        Assert.Equal(422, validation.Rejection!.Status);
    }

    [Fact]
    public async Task The_right_password_gives_an_unlocked_pdf_that_opens_without_one()
    {
        var options = TestUploads.TempOptions();

        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", LockedPdf, password: Password), options: options);

        var upload = validation.Upload!;
        Assert.True(upload.WasUnlocked);
        var unlocked = await TestUploads.ReadContentAsync(upload);
        Assert.NotEqual(LockedPdf, unlocked);
        using (var document = PdfReader.Open(new MemoryStream(unlocked), PdfDocumentOpenMode.Modify))
        {
            Assert.Equal(2, document.PageCount);
        }
        Assert.Single(Directory.GetFiles(options.UnlockedFileDirectory));

        await upload.DisposeAsync();
        Assert.Empty(Directory.GetFiles(options.UnlockedFileDirectory));
        Directory.Delete(options.UnlockedFileDirectory);
    }

    [Fact]
    public async Task A_pdf_locked_only_against_editing_is_unlocked_without_a_password_or_with_any()
    {
        foreach (var password in new[] { null, "whatever" })
        {
            var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", TestPdfs.EditLocked(), password));

            await using var upload = validation.Upload!;
            Assert.True(upload.WasUnlocked);
            using var document = PdfReader.Open(new MemoryStream(await TestUploads.ReadContentAsync(upload)), PdfDocumentOpenMode.Modify);
            Assert.Equal(1, document.PageCount);
        }
    }

    [Fact]
    public async Task A_refused_locked_pdf_leaves_no_file_behind()
    {
        var options = TestUploads.TempOptions();

        await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", LockedPdf, password: "not-it"), options: options);
        await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", LockedPdf), options: options);

        Assert.Empty(Directory.GetFiles(options.UnlockedFileDirectory));
        Directory.Delete(options.UnlockedFileDirectory);
    }

    [Fact]
    public async Task The_password_appears_in_no_log_no_exception_and_no_answer()
    {
        var logs = new CapturedLogs();
        var exceptionMessages = new ConcurrentQueue<string>();
        void Record(object? sender, FirstChanceExceptionEventArgs e) => exceptionMessages.Enqueue(e.Exception.ToString());
        using var pdfSharpLogs = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        LogHost.Factory = pdfSharpLogs;
        AppDomain.CurrentDomain.FirstChanceException += Record;
        var answers = new List<string>();
        try
        {
            foreach (var password in new[] { Password, Password + "-wrong" })
            {
                var validation = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", LockedPdf, password), logs);
                answers.Add($"{validation.Rejection}");
                if (validation.Upload is { } upload)
                {
                    answers.Add(upload.ToString()!);
                    await upload.DisposeAsync();
                }
            }
            var damaged = await TestUploads.ValidateAsync(TestUploads.Submission("statement.pdf", TestPdfs.DamagedInside(LockedPdf), Password), logs);
            answers.Add($"{damaged.Rejection}");
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Record;
            LogHost.ResetLogging();
        }

        Assert.NotEmpty(logs.Lines);
        Assert.NotEmpty(exceptionMessages); // the damaged file made PDFsharp throw: the hook saw it
        Assert.Contains(answers, a => a.Contains(ApiErrors.PdfIncorrectPassword));
        Assert.Contains(answers, a => a.Contains(ApiErrors.PdfMalformed));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Password));
        Assert.DoesNotContain(exceptionMessages, message => message.Contains(Password));
        Assert.DoesNotContain(answers, answer => answer.Contains(Password));
        Assert.DoesNotContain(Password, TestUploads.Submission("statement.pdf", LockedPdf, Password).ToString());
    }
}
