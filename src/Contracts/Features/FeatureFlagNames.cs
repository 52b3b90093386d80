namespace DocumentUploads.Contracts.Features;

/// <summary>The flags of the multi-provider ADR (a master switch and one per provider), and the switch of the
/// veterans' failure notices.</summary>
public static class FeatureFlagNames
{
    public const string MultiDocumentProvider = "cst_multi_document_provider";
    public const string LighthouseProvider = "benefits_documents_lighthouse_provider";
    public const string ChampvaProvider = "benefits_documents_champva_provider";
    public const string DocumentFailureNotifications = "document_failure_notifications";

    public static readonly IReadOnlyList<string> All =
        [MultiDocumentProvider, LighthouseProvider, ChampvaProvider, DocumentFailureNotifications];
}
