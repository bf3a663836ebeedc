namespace Hiring.Talent;

/// <summary>What an upsert did.</summary>
public readonly record struct UpsertCounts(int Inserted, int Updated);
