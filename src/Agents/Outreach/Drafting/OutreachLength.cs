using System.Diagnostics.CodeAnalysis;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>How much a first message says: short names one profile fact and the pay; medium adds a second fact and the team.</summary>
public enum OutreachLength
{
    [SuppressMessage("Naming", "CA1720", Justification = "The recruiter's setting is called short; it is a length, not the integer type.")]
    Short,
    Medium,
}
