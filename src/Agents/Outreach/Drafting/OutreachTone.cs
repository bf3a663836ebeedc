namespace Hiring.Agents.Outreach.Drafting;

/// <summary>How a draft sounds.</summary>
public enum OutreachTone
{
    Warm,
    Formal,
    Brief,
}
