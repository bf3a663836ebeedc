namespace Hiring.Agents.Learning;

/// <summary>
/// One candidate the recruiter decided on, as learning sees them: accepted or passed on, the
/// canonical skills their profile lists, those of them their work history shows in use (a position's
/// title or description names them), the approved qualifications their latest evaluation found met and
/// not met (both empty when never evaluated), and the skills they highlighted on the profile.
/// </summary>
public sealed record LearningExample(
    string CandidateId,
    bool Accepted,
    IReadOnlySet<string> Skills,
    IReadOnlySet<string> Used,
    IReadOnlySet<string> Met,
    IReadOnlySet<string> Unmet,
    IReadOnlySet<string> Highlighted);
