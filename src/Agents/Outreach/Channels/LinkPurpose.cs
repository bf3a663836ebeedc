namespace Hiring.Agents.Outreach.Channels;

/// <summary>What a signed link lets the candidate do; a link signed for one purpose is refused for another.</summary>
public enum LinkPurpose
{
    /// <summary>Read the thread and reply (and pick a slot).</summary>
    Read = 1,

    /// <summary>Unsubscribe from the tenant's messages.</summary>
    Unsubscribe = 2,
}
