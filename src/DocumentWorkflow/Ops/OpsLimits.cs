namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>Every list on the dashboard is bounded: a page stays small on a slow link and a query
/// stays cheap on a large table. <c>?limit=</c> is clamped to [1, Max].</summary>
public static class OpsLimits
{
    public const int Default = 50;
    public const int Max = 500;

    public static int Clamp(int? limit) => Math.Clamp(limit ?? Default, 1, Max);
}
