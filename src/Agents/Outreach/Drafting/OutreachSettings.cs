namespace Hiring.Agents.Outreach.Drafting;

/// <summary>The recruiter's settings for a draft.</summary>
/// <param name="Tone">Warm, formal or brief.</param>
/// <param name="Length">Short or medium.</param>
/// <param name="FollowUps">How many follow-ups to draft, 0 to 2.</param>
/// <param name="Sender">The recruiter's name, to introduce and sign with; null to leave it out.</param>
public sealed record OutreachSettings(OutreachTone Tone = OutreachTone.Warm, OutreachLength Length = OutreachLength.Short, int FollowUps = 2, string? Sender = null)
{
    public const int MaxFollowUps = 2;
}
