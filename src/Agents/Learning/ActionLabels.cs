using Hiring.Contracts.Learning;

namespace Hiring.Agents.Learning;

/// <summary>
/// What the recruiter's own actions say about each candidate: accepted (liked, shortlisted, moved on,
/// messaged, hired) or passed on (disliked, archived, or viewed and left). The latest decision wins; a
/// view counts as passing on only when nothing else was decided. Agents' steps teach nothing: the
/// assistant's own shortlist would only teach the assistant what it already thinks.
/// </summary>
public static class ActionLabels
{
    public static IReadOnlyDictionary<string, bool> Of(IEnumerable<RecruiterAction> actions)
    {
        var labels = new Dictionary<string, bool>(StringComparer.Ordinal);
        var decided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions.Where(a => a.Origin == ActionOrigin.Recruiter))
        {
            switch (action.Kind)
            {
                case RecruiterActionKind.ThumbsUp or RecruiterActionKind.Shortlisted or RecruiterActionKind.Advanced or RecruiterActionKind.Messaged or RecruiterActionKind.Hired:
                    labels[action.CandidateId] = true;
                    decided.Add(action.CandidateId);
                    break;
                case RecruiterActionKind.ThumbsDown or RecruiterActionKind.Archived:
                    labels[action.CandidateId] = false;
                    decided.Add(action.CandidateId);
                    break;
                case RecruiterActionKind.Viewed when !decided.Contains(action.CandidateId):
                    labels[action.CandidateId] = false;
                    break;
            }
        }

        return labels;
    }
}
