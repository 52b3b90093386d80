namespace DocumentUploads.UploadApi.Validation;

/// <summary>Applies every upload rule to one submission: the form rules (<see cref="UploadRules"/>) first,
/// then the rules that read the file, through one seekable stream. A non-PDF is judged from its first bytes
/// (and a text file by a streamed scan), so memory stays far below the file's size; see
/// <see cref="PdfContentCheck"/> for PDFs. Logs the code of a refusal, never the password or file content.</summary>
public sealed partial class UploadValidator(ILogger logger, UploadValidatorOptions? options = null)
{
    private const int HeadLength = 1024;

    private readonly PdfContentCheck pdfCheck = new(options ?? new UploadValidatorOptions());

    public async Task<UploadValidation> ValidateAsync(UploadSubmission submission, CancellationToken cancellationToken)
    {
        var fields = UploadRules.Check(submission.Fields);
        if (fields.Rejection is not null) return Rejected(fields.Rejection, null);
        var upload = fields.Value!;

        var content = await CheckContentAsync(upload, submission.OpenFile!, submission.Password, cancellationToken);
        if (content.Rejection is not null) return Rejected(content.Rejection, upload.Kind);

        if (content.Value is UnlockedPdfFile) LogUnlocked(logger, upload.Length);
        return UploadValidation.Accepted(new ValidatedUpload(submission.ClaimId, submission.ParticipantId, upload, content.Value!));
    }

    private async Task<RuleOutcome<IUploadContent>> CheckContentAsync(CheckedUploadFields upload, Func<Stream> openFile,
        string? password, CancellationToken cancellationToken)
    {
        await using var file = openFile();
        var head = await StreamReads.ReadRangeAsync(file, 0, HeadLength, cancellationToken);
        if (ContentRules.CheckHead(upload.Kind, head) is { } mismatch) return mismatch;
        if (upload.Kind == FileKind.Text)
        {
            var (allAscii, html) = await StreamReads.ScanTextAsync(file, cancellationToken);
            if (ContentRules.CheckText(head, allAscii) is { } notText) return notText;
            if (html) return UploadRejections.TextContainsHtml;
            if (TwoFormatFiles.IsTwoFormats(upload.Kind, head, [])) return UploadRejections.FileIsTwoFormats;
            return RuleOutcome<IUploadContent>.Pass(new OriginalFileContent(openFile));
        }
        if (upload.Kind == FileKind.Pdf)
        {
            // Structure first: a damaged PDF is named as such, from its tail alone.
            var pdf = await pdfCheck.CheckAsync(file, openFile, password, cancellationToken);
            if (pdf.Value is not { } content) return pdf;
            if (!await IsTwoFormatsAsync(upload.Kind, head, file, cancellationToken)) return pdf;
            await content.DisposeAsync();
            return UploadRejections.FileIsTwoFormats;
        }
        if (await IsTwoFormatsAsync(upload.Kind, head, file, cancellationToken)) return UploadRejections.FileIsTwoFormats;
        return RuleOutcome<IUploadContent>.Pass(new OriginalFileContent(openFile));
    }

    private static async Task<bool> IsTwoFormatsAsync(FileKind kind, byte[] head, Stream file, CancellationToken cancellationToken)
    {
        var tail = await StreamReads.ReadTailAsync(file, TwoFormatFiles.TailLength, cancellationToken);
        return TwoFormatFiles.IsTwoFormats(kind, head, tail);
    }

    private UploadValidation Rejected(UploadRejection rejection, FileKind? kind)
    {
        LogRejected(logger, rejection.Code, rejection.Status, kind);
        return UploadValidation.Rejected(rejection);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload refused: {Code} ({Status}), file kind {Kind}")]
    private static partial void LogRejected(ILogger logger, string code, int status, FileKind? kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unlocked a password-protected PDF of {Length} bytes before sending it")]
    private static partial void LogUnlocked(ILogger logger, long length);
}
