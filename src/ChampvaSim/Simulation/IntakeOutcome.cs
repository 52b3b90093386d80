using System.Text.Json.Serialization;

namespace DocumentUploads.ChampvaSim.Simulation;

/// <summary>How a document will end, chosen by a magic substring of its file name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IntakeOutcome>))]
public enum IntakeOutcome
{
    Complete,
    RejectedAtIntake,
    RejectedAtPega,
    NeverFound,
    Stuck,
}
