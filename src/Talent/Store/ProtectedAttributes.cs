namespace Hiring.Talent.Store;

/// <summary>
/// Attributes the law protects, generated for synthetic people so the fairness suite can measure
/// impact ratios. Kept in their own table: never part of a profile, never indexed, never shown
/// to an evaluator.
/// </summary>
/// <param name="Gender">"female", "male" or "non-binary".</param>
/// <param name="AgeBand">For example "25-34".</param>
/// <param name="NameGroup">The cultural group the generated name was drawn from.</param>
public sealed record ProtectedAttributes(string Gender, string AgeBand, string NameGroup);
