namespace Hiring.Evals.Judges;

/// <summary>A piece of evidence: the words quoted and the profile section they claim to come from.</summary>
public sealed record Quote(string Section, string Text);
