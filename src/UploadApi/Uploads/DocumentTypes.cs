namespace DocumentUploads.UploadApi.Uploads;

/// <summary>The document types Lighthouse accepts (shared/reference/lighthouse.md), with what they mean.</summary>
public static class DocumentTypes
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1489"] = "Hypertension rapid-ready-for-decision summary",
        ["L014"] = "Birth certificate",
        ["L015"] = "Buddy/lay statement",
        ["L018"] = "Civilian police reports",
        ["L023"] = "Other correspondence",
        ["L029"] = "Copy of a DD214",
        ["L033"] = "Death certificate",
        ["L034"] = "Military personnel record",
        ["L037"] = "Divorce decree",
        ["L048"] = "Medical treatment record (government facility)",
        ["L049"] = "Medical treatment record (non-government facility)",
        ["L051"] = "Marriage certificate",
        ["L070"] = "Photographs",
        ["L102"] = "VA Form 21-2680",
        ["L107"] = "VA Form 21-4142",
        ["L115"] = "VA Form 21-4192",
        ["L117"] = "VA Form 21-4502",
        ["L133"] = "VA Form 21-674",
        ["L139"] = "VA Form 21-686c",
        ["L149"] = "VA Form 21-8940",
        ["L159"] = "VA Form 26-4555",
        ["L222"] = "VA Form 21-0779",
        ["L228"] = "VA Form 21-0781",
        ["L229"] = "VA Form 21-0781a",
        ["L418"] = "Court papers",
        ["L450"] = "STR dental",
        ["L451"] = "STR medical",
        ["L478"] = "Medical treatment records furnished by SSA",
        ["L702"] = "Disability Benefits Questionnaire",
        ["L703"] = "Goldmann perimetry chart",
        ["L827"] = "VA Form 21-4142a",
        ["L1489"] = "Automated review summary",
    };
}
