namespace Hiring.Talent.Synthetic;

/// <summary>How far a seeding run has come.</summary>
public readonly record struct SeedProgress(int Done, int Total);
