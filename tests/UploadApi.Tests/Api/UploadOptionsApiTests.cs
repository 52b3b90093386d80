using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Uploads;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Api;

/// <summary>The upload page offers what the upload rules accept: no more, no less.</summary>
public sealed class UploadOptionsApiTests
{
    private static readonly UploadOptionsView Options = UploadOptionsApi.Get().Value!;

    [Fact]
    public void Every_document_type_the_rules_accept_is_offered_once_with_its_name()
    {
        Assert.Equal(DocumentTypes.All.Keys.Order(StringComparer.Ordinal), Options.DocumentTypes.Select(t => t.Code).Order(StringComparer.Ordinal));
        Assert.All(Options.DocumentTypes, t => Assert.Equal(DocumentTypes.All[t.Code], t.Label));
        // Sorted by what a veteran reads, not by code.
        Assert.Equal(Options.DocumentTypes.Select(t => t.Label).Order(StringComparer.Ordinal), Options.DocumentTypes.Select(t => t.Label));
    }

    [Fact]
    public void The_extensions_and_size_ceilings_are_the_validators_own()
    {
        Assert.Equal(AllowedFileTypes.Extensions.Order(StringComparer.Ordinal), Options.FileExtensions);
        Assert.All(Options.FileExtensions, e => Assert.NotNull(AllowedFileTypes.KindOf(e)));
        Assert.Equal(FileSizeRules.MaxBytes(FileKind.Pdf), Options.MaxPdfBytes);
        Assert.Equal(FileSizeRules.MaxBytes(FileKind.Text), Options.MaxOtherBytes);
    }
}
