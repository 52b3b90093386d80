namespace DocumentUploads.UploadApi.Validation;

/// <summary>The PDF rules that need the file: structure, encryption and, for a locked file, unlocking.
/// Memory: an unencrypted PDF is judged from ~20 KB (its tail and its newest cross-reference section;
/// see <see cref="PdfTrailerInspector"/>) and also parsed whole only when it is small; only an encrypted PDF
/// is always opened with PDFsharp, because unlocking it means rewriting it.</summary>
public sealed class PdfContentCheck(UploadValidatorOptions options)
{
    private readonly PdfActiveContentScanner _activeContent = new(options.InflatedFloorBytes, options.InflatedRatio);

    public async Task<RuleOutcome<IUploadContent>> CheckAsync(Stream pdf, Func<Stream> openFile, string? password,
        CancellationToken cancellationToken)
    {
        var structure = await InspectStructureAsync(pdf, cancellationToken);
        if (structure == PdfStructure.Unencrypted && pdf.Length <= options.FullParseMaxBytes) structure = PdfParseCheck.Check(pdf);

        var outcome = structure switch
        {
            PdfStructure.Unencrypted => RuleOutcome<IUploadContent>.Pass(new OriginalFileContent(openFile)),
            PdfStructure.Encrypted => await UnlockAsync(pdf, password),
            _ => UploadRejections.PdfMalformed,
        };
        if (outcome.Value is not { } content) return outcome;

        // What would be sent: the original through the handle already open (a form file's handles may not be
        // read in turn), or the unlocked copy, whose streams are readable where the locked original's are not.
        PdfActiveContent found;
        if (content is UnlockedPdfFile)
        {
            await using var unlocked = await content.OpenAsync(cancellationToken);
            found = await _activeContent.ScanAsync(unlocked, cancellationToken);
        }
        else
        {
            found = await _activeContent.ScanAsync(pdf, cancellationToken);
        }
        if (found == PdfActiveContent.None) return outcome;
        await content.DisposeAsync();
        return found == PdfActiveContent.Inflation ? UploadRejections.PdfCompressionBomb : UploadRejections.PdfActiveContent;
    }

    private static async Task<PdfStructure> InspectStructureAsync(Stream pdf, CancellationToken cancellationToken)
    {
        var tail = await StreamReads.ReadTailAsync(pdf, PdfTrailerInspector.TailLength, cancellationToken);
        if (PdfTrailerInspector.FindXrefOffset(tail, pdf.Length) is not { } xrefOffset) return PdfStructure.Malformed;
        var xrefWindow = await StreamReads.ReadRangeAsync(pdf, xrefOffset, PdfTrailerInspector.XrefWindowLength, cancellationToken);
        return PdfTrailerInspector.Inspect(tail, xrefWindow);
    }

    private async Task<RuleOutcome<IUploadContent>> UnlockAsync(Stream pdf, string? password)
    {
        var (unlockedFile, destination) = UnlockedPdfFile.Create(options.UnlockedFileDirectory);
        PdfUnlockOutcome outcome;
        await using (destination)
        {
            outcome = PdfUnlocker.Unlock(pdf, password, destination);
        }
        if (outcome == PdfUnlockOutcome.Unlocked) return RuleOutcome<IUploadContent>.Pass(unlockedFile);

        await unlockedFile.DisposeAsync();
        return outcome switch
        {
            PdfUnlockOutcome.PasswordRequired => UploadRejections.PdfEncrypted,
            PdfUnlockOutcome.IncorrectPassword => UploadRejections.PdfIncorrectPassword,
            _ => UploadRejections.PdfMalformed,
        };
    }
}
