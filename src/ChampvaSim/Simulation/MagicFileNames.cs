namespace DocumentUploads.ChampvaSim.Simulation;

/// <summary>File-name substrings (case-insensitive) that steer a document to a chosen outcome.</summary>
public static class MagicFileNames
{
    public const string FailIntake = "sim-fail-intake";
    public const string FailPega = "sim-fail-pega";
    public const string NotFound = "sim-not-found";
    public const string Stuck = "sim-stuck";

    public static IntakeOutcome OutcomeOf(string fileName)
    {
        if (Has(fileName, NotFound)) return IntakeOutcome.NeverFound;
        if (Has(fileName, Stuck)) return IntakeOutcome.Stuck;
        if (Has(fileName, FailIntake)) return IntakeOutcome.RejectedAtIntake;
        if (Has(fileName, FailPega)) return IntakeOutcome.RejectedAtPega;
        return IntakeOutcome.Complete;
    }

    private static bool Has(string fileName, string magic) => fileName.Contains(magic, StringComparison.OrdinalIgnoreCase);
}
