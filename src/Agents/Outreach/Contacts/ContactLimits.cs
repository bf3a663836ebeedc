namespace Hiring.Agents.Outreach.Contacts;

/// <summary>The sizes a send must keep to: a message to a candidate is a short note, not a document.</summary>
public static class ContactLimits
{
    /// <summary>Most characters of a message's text (about three pages; an outreach note is a few hundred words).</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Most characters of a subject line.</summary>
    public const int MaxSubjectLength = 200;

    /// <summary>Most characters of an idempotency key, a candidate id or a project id.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Most characters of a candidate's reply (a few paragraphs; the page's form says so).</summary>
    public const int MaxReplyLength = 5_000;

    /// <summary>Most characters of a reply form's token.</summary>
    public const int MaxClientTokenLength = 100;

    /// <summary>Follow-ups allowed in one thread after the first outreach.</summary>
    public const int MaxFollowUps = 2;
}
