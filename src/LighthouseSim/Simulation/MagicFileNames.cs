namespace DocumentUploads.LighthouseSim.Simulation;

/// <summary>File-name substrings (case-insensitive) that steer a document to a chosen outcome,
/// so callers can exercise every path the real API can take.</summary>
public static class MagicFileNames
{
    public const string FailVbms = "sim-fail-vbms";
    public const string FailBgs = "sim-fail-bgs";
    public const string FailNoError = "sim-fail-noerror";
    public const string NotFound = "sim-not-found";
    public const string Stuck = "sim-stuck";
    public const string Unmentioned = "sim-unmentioned";
    public const string ExtraId = "sim-extra-id";

    public static SimulatedOutcome OutcomeOf(string fileName)
    {
        if (Has(fileName, NotFound)) return SimulatedOutcome.NeverFound;
        if (Has(fileName, Unmentioned)) return SimulatedOutcome.Unmentioned;
        if (Has(fileName, Stuck)) return SimulatedOutcome.Stuck;
        if (Has(fileName, FailNoError)) return SimulatedOutcome.FailWithoutError;
        if (Has(fileName, FailVbms)) return SimulatedOutcome.FailAtClaimsEvidence;
        if (Has(fileName, FailBgs)) return SimulatedOutcome.FailAtBenefitsGateway;
        if (Has(fileName, ExtraId)) return SimulatedOutcome.SuccessWithExtraStatus;
        return SimulatedOutcome.Success;
    }

    private static bool Has(string fileName, string magic) => fileName.Contains(magic, StringComparison.OrdinalIgnoreCase);
}
