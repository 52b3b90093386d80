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
    /// <summary>Status answers leave it out entirely (neither a status nor not found).</summary>
    Unmentioned,
    /// <summary>Moves like <see cref="Success"/>; answers that include it add a status for an id nobody asked about.</summary>
    SuccessWithExtraStatus,
}
