namespace Hiring.Agents.Outreach.Drafting;

/// <summary>One finding of the draft checks.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Message">The message it is in: 0 for the first, 1 and 2 for the follow-ups.</param>
/// <param name="Text">The offending words, as the message writes them (empty when the finding is about what is missing).</param>
/// <param name="Reason">Why, for the recruiter.</param>
/// <param name="Blocking">True when the draft cannot be sent as it is; false for a warning.</param>
public sealed record DraftIssue(DraftIssueKind Kind, int Message, string Text, string Reason, bool Blocking = true);
