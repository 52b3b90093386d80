using System.Globalization;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Pure: the email a failure notice asks VA Notify to send. The personalisation carries only what lets the
/// veteran recognise the document (the first words of its file name, its type, the upload date) and what to do
/// next: never the whole file name, never any content.</summary>
public static class FailureNoticeContent
{
    public const int FileNameWords = 3;
    public const int FileNameCharacters = 20;

    public static VaNotifyEmailRequest Build(DueNotice notice, string templateId) => new(
        templateId,
        VaNotifyRecipient.Participant(notice.ParticipantId),
        new Dictionary<string, string>
        {
            ["file_name"] = FirstWords(notice.FileName),
            ["document_type"] = notice.DocumentType,
            ["date_submitted"] = notice.UploadedAt.UtcDateTime.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            ["what_to_do_next"] = WhatToDoNext(notice.DocumentStatus),
        },
        notice.Reference);

    /// <summary>Up to <see cref="FileNameWords"/> words of the name (no extension), at most
    /// <see cref="FileNameCharacters"/> characters, with an ellipsis when anything was left out.</summary>
    public static string FirstWords(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName.Trim());
        var words = stem.Split([' ', '_', '-', '.'], StringSplitOptions.RemoveEmptyEntries);
        var start = string.Join(' ', words.Take(FileNameWords));
        if (start.Length > FileNameCharacters) start = start[..FileNameCharacters].TrimEnd();
        var whole = string.Join(' ', words);
        return start.Length < whole.Length ? start + "…" : start;
    }

    private static string WhatToDoNext(string status) => status switch
    {
        "timed_out" => "We could not confirm that we received this document. Please upload it again or mail it to us.",
        _ => "We could not process this document. Please upload it again or mail it to us.",
    };
}
