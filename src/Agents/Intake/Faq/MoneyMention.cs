namespace Hiring.Agents.Intake.Faq;

/// <summary>An amount or range of money as a text writes it.</summary>
/// <param name="Text">The words as written ("€70–85k", "up to 90k", "$120,000-$140,000").</param>
/// <param name="Index">Where they start in the text.</param>
/// <param name="Values">The amounts, in units of the currency (70000 and 85000 for "€70–85k").</param>
public sealed record MoneyMention(string Text, int Index, IReadOnlyList<decimal> Values);
