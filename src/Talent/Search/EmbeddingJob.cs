namespace Hiring.Talent.Search;

/// <summary>One profile whose vector is wanted: the pool, its id, the text and the text's hash.</summary>
public sealed record EmbeddingJob(TalentPoolScope Scope, string ProfileId, string Text, ulong Hash);
