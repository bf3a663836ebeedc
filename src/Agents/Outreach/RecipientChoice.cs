namespace Hiring.Agents.Outreach;

/// <summary>
/// Who a draft-message step writes to, best first; or, when it cannot tell who, the one question to
/// ask; or, when the request is clear but names no one left to write to, a note saying so.
/// </summary>
public sealed record RecipientChoice(IReadOnlyList<Recipient> Recipients, string? Question = null, string? Note = null)
{
    public static RecipientChoice Ask(string question) => new([], question);
}
