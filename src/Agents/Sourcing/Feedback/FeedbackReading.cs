namespace Hiring.Agents.Sourcing.Feedback;

/// <summary>The recruiter's reactions read from their words: per candidate, and the reasons said of the batch as a whole.</summary>
/// <param name="Reactions">One per candidate the words name (or cover with "all", "the rest"), in the order shown.</param>
/// <param name="BatchReasons">Reasons said without naming a candidate ("but too senior"), whether or not they decided a reaction.</param>
/// <param name="MissingSkills">Skills the words say candidates lack ("no kubernetes").</param>
public sealed record FeedbackReading(IReadOnlyList<ReadReaction> Reactions, IReadOnlyList<FeedbackReason> BatchReasons, IReadOnlyList<string> MissingSkills)
{
    /// <summary>True when the words said something the search can use.</summary>
    public bool Understood => Reactions.Count > 0 || BatchReasons.Count > 0;
}
