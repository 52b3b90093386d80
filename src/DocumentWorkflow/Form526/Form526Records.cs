namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>Puts submissions back together from the rows both stores read.</summary>
internal static class Form526Records
{
    public static List<Form526SubmissionRecord> Assemble(IEnumerable<Form526Submission> submissions,
        IEnumerable<ExpectedDocumentRow> expected, IEnumerable<(string SubmissionId, Form526FiledDocument Document)> documents)
    {
        var expectedBySubmission = expected.ToLookup(e => e.SubmissionId, StringComparer.Ordinal);
        var documentsBySubmission = documents.ToLookup(d => d.SubmissionId, StringComparer.Ordinal);
        return submissions.Select(s => new Form526SubmissionRecord(
                s with { Expected = expectedBySubmission[s.SubmissionId].OrderBy(e => e.Position).Select(e => e.ToExpected()).ToList() },
                documentsBySubmission[s.SubmissionId].Select(d => d.Document).OrderBy(d => d.Seq).ToList()))
            .ToList();
    }
}
