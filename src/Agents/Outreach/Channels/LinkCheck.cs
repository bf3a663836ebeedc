namespace Hiring.Agents.Outreach.Channels;

/// <summary>The result of verifying a link: what it names when valid, why it was refused otherwise.</summary>
public sealed record LinkCheck(SignedLink? Link, LinkRefusal? Refusal)
{
    public bool IsValid => Link is not null;
}
