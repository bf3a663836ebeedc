namespace Hiring.Reasoning.Policy;

/// <summary>One refused preference in a message.</summary>
/// <param name="Attribute">The protected attribute: age, gender, ethnicity, national-origin, citizenship, religion, disability, pregnancy, marital-status, sexual-orientation, veteran-status, union-membership.</param>
/// <param name="Phrase">The words of the message that express the preference, as written.</param>
/// <param name="Start">Where the phrase starts in the message.</param>
/// <param name="Length">Its length in the message.</param>
/// <param name="Reason">Why it is refused, for the recruiter.</param>
/// <param name="Rewording">A lawful way to ask for what the role needs, when there is one.</param>
public sealed record PolicyFinding(string Attribute, string Phrase, int Start, int Length, string Reason, string? Rewording);
