using System.Text.Json.Serialization;

namespace DocumentUploads.LighthouseSim.Simulation;

/// <summary>How a document will end, chosen by a magic substring of its file name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SimulatedOutcome>))]
public enum SimulatedOutcome
{
    Success,
    FailAtClaimsEvidence,
    FailAtBenefitsGateway,
    FailWithoutError,
    NeverFound,
    Stuck,
}
