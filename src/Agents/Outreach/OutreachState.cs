using Hiring.Agents.Outreach.FollowUps;
using Hiring.Agents.Privacy;
using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Outreach;

/// <summary>
/// The outreach agent's durable state for one project: the drafts waiting for the recruiter's send
/// approval (the last <see cref="MaxDrafts"/>, one per candidate), the follow-ups due per thread and the
/// record of its steps. The messages themselves, once sent, live in the tenant's contact ledger, not here.
/// </summary>
[GenerateSerializer, Alias("hiring.outreach.state")]
public sealed class OutreachState : ISubAgentState
{
    /// <summary>Drafts kept per project; an older one is forgotten and its candidate is drafted again when asked.</summary>
    public const int MaxDrafts = 50;

    /// <summary>Follow-ups kept due per project, one per thread.</summary>
    public const int MaxFollowUpsDue = 500;

    [Id(0)]
    public StepRecord Steps { get; set; } = new();

    /// <summary>The latest draft per candidate, oldest first.</summary>
    [Id(1)]
    public List<KeptDraft> Drafts { get; set; } = [];

    /// <summary>Each thread's next follow-up and when it is due, oldest first (see <see cref="FollowUpSchedule"/>).</summary>
    [Id(2)]
    public List<FollowUpDue> FollowUps { get; set; } = [];

    public KeptDraft? DraftFor(string candidateId) => Drafts.Find(d => d.CandidateId == candidateId);

    /// <summary>Keeps <paramref name="draft"/> as its candidate's latest, forgetting the oldest past the bound.</summary>
    public void Keep(KeptDraft draft)
    {
        Drafts.RemoveAll(d => d.CandidateId == draft.CandidateId);
        Drafts.Add(draft);
        if (Drafts.Count > MaxDrafts)
        {
            Drafts.RemoveRange(0, Drafts.Count - MaxDrafts);
        }
    }

    /// <summary>
    /// Forgets an erased candidate: their draft (whose send approval the supervisor withdraws) and their
    /// thread's due follow-up go, and the record of steps is redacted. True when anything named them.
    /// </summary>
    public bool EraseCandidate(PlanRedaction redaction)
    {
        var id = redaction.Mentions.CandidateId;
        var changed = Drafts.RemoveAll(d => d.CandidateId == id) + FollowUps.RemoveAll(f => f.CandidateId == id) > 0;
        return Steps.Erase(redaction) | changed;
    }
}
