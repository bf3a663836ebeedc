using Hiring.Agents.Outreach.Drafting;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Outreach.FollowUps;

/// <summary>
/// Writes a thread's next follow-up with the built-in templates (personal: it greets the candidate,
/// names the role and refers to the first message; the first follow-up adds a selling point or a
/// profile fact the first message left out), answering the subject the first message went out with,
/// and checks it like every message (facts, the message policy, promises, length).
/// </summary>
public sealed class FollowUpWriter(OutreachComposer composer, DraftChecker checker, OutreachTemplates templates)
{
    public FollowUpDraft Write(CandidateProfile profile, JobSpec spec, IReadOnlyList<Qualification> qualifications, FollowUpTurn turn)
    {
        var draft = composer.Compose(new OutreachRequest(profile, spec, qualifications, new OutreachSettings(FollowUps: turn.Number)));
        var message = draft.Messages[turn.Number] with { Subject = templates.Say(OutreachTone.Warm, "follow_up_subject", ("subject", turn.First.Subject)) };
        return new FollowUpDraft(message, draft.Facts, checker.Check(profile, spec, [message], draft.Facts, OutreachLength.Short));
    }
}
