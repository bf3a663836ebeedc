namespace Hiring.Talent.Synthetic;

/// <summary>What a seeding run stored and where it wrote the ground truth.</summary>
public sealed record SeedResult(int Inserted, int Updated, bool Indexed, string GroundTruthPath);
