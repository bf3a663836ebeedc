namespace Hiring.Agents.Intake.Faq;

/// <summary>One sentence or list item of a job text, with the heading it stands under.</summary>
/// <param name="Text">The words as written (a list item without its bullet).</param>
/// <param name="Heading">The heading above it, without marks or colon; null before the first heading.</param>
/// <param name="Label">The label of a "Label: value" line ("Salary" of "Salary: €70–85k"); null otherwise.</param>
/// <param name="Item">True for a list item (a fragment, not a sentence).</param>
public sealed record JobStatement(string Text, string? Heading, string? Label, bool Item);
