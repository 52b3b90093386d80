namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>What the layout needs about the request: the antiforgery field for its forms and who is signed in.</summary>
/// <param name="Operator">The token subject, or null on the sign-in page.</param>
public sealed record OpsPageContext(string AntiforgeryFieldName, string AntiforgeryToken, string? Operator)
{
    /// <summary>For pages without forms that need a token (the 403 page).</summary>
    public static readonly OpsPageContext Anonymous = new("", "", null);

    /// <summary>The hidden input every dashboard form carries (ASP.NET Core antiforgery).</summary>
    public string AntiforgeryInput =>
        $"<input type=\"hidden\" name=\"{OpsHtml.E(AntiforgeryFieldName)}\" value=\"{OpsHtml.E(AntiforgeryToken)}\">";
}
