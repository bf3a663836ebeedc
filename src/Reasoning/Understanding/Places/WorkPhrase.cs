namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A work-arrangement phrase's meaning, as the value of a phrase index.</summary>
internal sealed record WorkPhrase(WorkCue Cue);
