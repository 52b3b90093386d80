using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Tests.Form526;

/// <summary>The kind, attachment and document-type rules upload-api and document-workflow share.</summary>
public sealed class Form526RulesTests
{
    private static readonly DateTimeOffset SubmittedAt = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("bdd_instructions", null)]
    [InlineData("form_0781", null)]
    [InlineData("form_0781a", null)]
    [InlineData("veteran_upload", "att-1")]
    public void Each_kind_is_accepted_with_an_attachment_id_only_for_a_veteran_upload(string kind, string? attachmentId) =>
        Assert.Null(Form526Rules.CheckDocument(kind, attachmentId));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("BDD_INSTRUCTIONS")]
    [InlineData("form_4142")]
    public void An_unknown_kind_is_refused(string? kind)
    {
        var violation = Form526Rules.CheckDocument(kind, null);
        Assert.Equal(("kind", Form526Rules.InvalidKind), (violation?.Field, violation?.Code));
    }

    [Theory]
    [InlineData("veteran_upload", null)]
    [InlineData("veteran_upload", " ")]
    [InlineData("bdd_instructions", "att-1")]
    [InlineData("form_0781a", "att-1")]
    public void An_attachment_id_is_required_for_a_veteran_upload_and_refused_otherwise(string kind, string? attachmentId)
    {
        var violation = Form526Rules.CheckDocument(kind, attachmentId);
        Assert.Equal(("attachmentId", Form526Rules.InvalidAttachmentId), (violation?.Field, violation?.Code));
    }

    [Fact]
    public void An_id_longer_than_the_limit_is_refused()
    {
        var tooLong = new string('x', Form526Rules.MaxIdLength + 1);
        Assert.NotNull(Form526Rules.CheckDocument(Form526Kinds.VeteranUpload, tooLong));
        Assert.NotNull(Form526Rules.CheckSubmissionId(tooLong));
        Assert.Null(Form526Rules.CheckSubmissionId(new string('x', Form526Rules.MaxIdLength)));
    }

    [Theory]
    [InlineData("bdd_instructions", null, "L023")]
    [InlineData("form_0781", "", "L228")]
    [InlineData("form_0781a", null, "L229")]
    [InlineData("bdd_instructions", "L015", "L015")]
    [InlineData("veteran_upload", " L049 ", "L049")]
    public void The_document_type_is_the_named_one_else_the_kinds_default(string kind, string? named, string expected)
    {
        var choice = Form526Rules.ResolveDocumentType(kind, named);
        Assert.Equal((expected, null), (choice.DocumentType, choice.Violation));
    }

    [Fact]
    public void A_veteran_upload_must_name_its_document_type()
    {
        var choice = Form526Rules.ResolveDocumentType(Form526Kinds.VeteranUpload, null);
        Assert.Null(choice.DocumentType);
        Assert.Equal(("documentType", Form526Rules.InvalidDocumentType), (choice.Violation?.Field, choice.Violation?.Code));
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("sub-1", "bdd_instructions", null, null)]
    [InlineData("sub-1", "veteran_upload", "att-1", null)]
    [InlineData(null, "bdd_instructions", null, "form526SubmissionId")]
    [InlineData(null, null, "att-1", "form526SubmissionId")]
    [InlineData("sub-1", null, null, "kind")]
    [InlineData("sub-1", "veteran_upload", null, "attachmentId")]
    [InlineData("", "bdd_instructions", null, "form526SubmissionId")]
    public void A_registration_is_a_Form_526_one_with_every_field_right_or_names_none(string? submissionId, string? kind,
        string? attachmentId, string? badField) =>
        Assert.Equal(badField, Form526Rules.CheckRegistration(submissionId, kind, attachmentId)?.Field);

    [Fact]
    public void A_complete_declaration_has_no_violations_and_may_expect_nothing()
    {
        Assert.Empty(Form526Rules.CheckDeclaration("sub-1", new("600000001", "p1", SubmittedAt,
            [new(Form526Kinds.BddInstructions), new(Form526Kinds.VeteranUpload, "a1"), new(Form526Kinds.VeteranUpload, "a2")])));
        Assert.Empty(Form526Rules.CheckDeclaration("sub-1", new("600000001", "p1", SubmittedAt, [])));
    }

    [Fact]
    public void Every_problem_of_a_declaration_is_named_by_its_field()
    {
        var violations = Form526Rules.CheckDeclaration(" ", new(" ", null!, default,
        [
            new(Form526Kinds.BddInstructions), new("nope"), new(Form526Kinds.VeteranUpload), new(Form526Kinds.BddInstructions),
        ]));

        Assert.Equal(["submissionId", "claimId", "participantId", "submittedAt", "expected[1].kind", "expected[2].attachmentId",
            "expected[3]"], violations.Select(v => v.Field));
        Assert.All(violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Detail)));
    }

    [Fact]
    public void A_missing_body_or_expected_list_is_a_violation_not_a_crash()
    {
        Assert.Equal(["body"], Form526Rules.CheckDeclaration("sub-1", null).Select(v => v.Field));
        Assert.Equal(["expected"], Form526Rules.CheckDeclaration("sub-1", new("c", "p", SubmittedAt, null!)).Select(v => v.Field));
    }
}
