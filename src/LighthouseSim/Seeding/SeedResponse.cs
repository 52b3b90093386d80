namespace DocumentUploads.LighthouseSim.Seeding;

/// <summary>The seeded ids are <see cref="FirstRequestId"/> .. <see cref="FirstRequestId"/> + <see cref="Count"/> - 1.</summary>
public sealed record SeedResponse(long FirstRequestId, long Count);
