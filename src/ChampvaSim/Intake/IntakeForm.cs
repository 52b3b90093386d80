namespace DocumentUploads.ChampvaSim.Intake;

/// <summary>What the multipart body held: the metadata JSON and the size of the document part
/// (null when there was none). The document's bytes were counted, not kept.</summary>
public sealed record IntakeForm(string? MetadataJson, long? DocumentBytes, bool DocumentTooLarge);
