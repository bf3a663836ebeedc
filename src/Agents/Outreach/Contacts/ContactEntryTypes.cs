namespace Hiring.Agents.Outreach.Contacts;

/// <summary>The entry types of a tenant's contact log; stored, so never renamed.</summary>
public static class ContactEntryTypes
{
    public const string Queued = "queued";
    public const string Status = "status";
    public const string DoNotContact = "do-not-contact";
    public const string Unsubscribed = "unsubscribed";
    public const string Reply = "reply";
    public const string Control = "conversation-control";
}
