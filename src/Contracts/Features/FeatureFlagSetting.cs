namespace DocumentUploads.Contracts.Features;

/// <summary>Body of <c>PUT /ops/features/{name}</c>. Off when <see cref="Enabled"/> is false.
/// When on: for the listed <see cref="Users"/> (token subjects) and <see cref="Percentage"/> of
/// everyone else; with no users and 0 % it is on for everyone.</summary>
public sealed record FeatureFlagSetting(bool Enabled, IReadOnlyList<string>? Users, int Percentage);
