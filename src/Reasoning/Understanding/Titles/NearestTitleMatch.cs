namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>The vocabulary title nearest a phrase by meaning.</summary>
/// <param name="Entry">The title.</param>
/// <param name="Form">The embedded form of it that came nearest (its name or a curated alias).</param>
/// <param name="Similarity">Cosine similarity of the phrase and the form, -1 to 1.</param>
public sealed record NearestTitleMatch(TitleEntry Entry, string Form, float Similarity);
