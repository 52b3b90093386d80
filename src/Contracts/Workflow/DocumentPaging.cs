namespace DocumentUploads.Contracts.Workflow;

/// <summary>How a claim's document list pages, on both sides of the wire.</summary>
public static class DocumentPaging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}
