using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Notices;

namespace DocumentUploads.DocumentWorkflow.Tests.Notices;

public sealed class FailureNoticeContentTests
{
    private static DueNotice Notice(string fileName = "medical records from Dr Smith.pdf", string status = "failed") =>
        new(7, Guid.Parse("0192f1d2-0000-7000-8000-000000000007"), "document-failure-x", NoticeKinds.ClaimEvidence, 0, "600043201",
            fileName, "L023", status, new DateTimeOffset(2026, 12, 3, 23, 30, 0, TimeSpan.FromHours(-5)));

    [Theory]
    [InlineData("medical records from Dr Smith.pdf", "medical records from…")]
    [InlineData("statement.pdf", "statement")]
    [InlineData("buddy_statement-2024.pdf", "buddy statement 2024")]
    [InlineData("a b c d.pdf", "a b c…")]
    [InlineData("Supercalifragilisticexpialidocious.pdf", "Supercalifragilistic…")]
    [InlineData("  x.pdf  ", "x")]
    public void Only_the_first_words_of_the_file_name_are_sent(string fileName, string expected) =>
        Assert.Equal(expected, FailureNoticeContent.FirstWords(fileName));

    [Fact]
    public void The_email_names_the_template_the_veteran_by_participant_id_and_the_reference()
    {
        var request = FailureNoticeContent.Build(Notice(), "tpl-1");

        Assert.Equal(("tpl-1", "PID", "600043201", "document-failure-x"),
            (request.TemplateId, request.RecipientIdentifier.IdType, request.RecipientIdentifier.IdValue, request.Reference));
        Assert.Equal("medical records from…", request.Personalisation["file_name"]);
        Assert.Equal("L023", request.Personalisation["document_type"]);
        Assert.Equal("December 4, 2026", request.Personalisation["date_submitted"]); // the UTC date
        Assert.DoesNotContain(request.Personalisation.Values, v => v.Contains("Smith", StringComparison.Ordinal));
    }

    [Fact]
    public void What_to_do_next_depends_on_how_the_document_ended()
    {
        Assert.Contains("could not confirm", FailureNoticeContent.Build(Notice(status: "timed_out"), "t").Personalisation["what_to_do_next"]);
        Assert.Contains("could not process", FailureNoticeContent.Build(Notice(status: "failed"), "t").Personalisation["what_to_do_next"]);
    }

    [Theory]
    [InlineData(NoticeKinds.ClaimEvidence, "ce")]
    [InlineData(Form526Kinds.VeteranUpload, "vu")]
    [InlineData(Form526Kinds.Form0781, "f7")]
    [InlineData(Form526Kinds.Form0781a, "f7")]
    [InlineData(Form526Kinds.BddInstructions, "bdd")]
    [InlineData("something_else", null)]
    public void Each_kind_has_its_template(string kind, string? expected)
    {
        var templates = new NoticeTemplates { ClaimEvidence = "ce", VeteranUpload = "vu", Form0781 = "f7", BddInstructions = "bdd" };
        Assert.Equal(expected, NoticeKinds.TemplateOf(kind, templates));
    }

    [Fact]
    public void The_stored_kind_is_the_form_526_kind_or_claim_evidence()
    {
        Assert.Equal(NoticeKinds.ClaimEvidence, NoticeKinds.For(null));
        Assert.Equal(Form526Kinds.Form0781a, NoticeKinds.For(Form526Kinds.Form0781a));
    }
}
