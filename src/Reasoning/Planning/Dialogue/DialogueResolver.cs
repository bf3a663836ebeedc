using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Text;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>
/// Decides what a message is in its conversation: the answer to the open question, a role (a new
/// project, or the open one when it is the same role), or what the classifier heard, read in the
/// context of the open project. The rules are in prompts/builtin/dialogue.yaml.
/// </summary>
public sealed partial class DialogueResolver(DialogueRules rules, TitleVocabulary titles, RequestWords words)
{
    private static readonly HashSet<PlanIntent> ProjectScoped =
    [
        PlanIntent.FindCandidates, PlanIntent.RefineRequirements, PlanIntent.CandidateFeedback, PlanIntent.ShowCandidate,
        PlanIntent.DraftOutreach, PlanIntent.FollowUp, PlanIntent.ScheduleScreen, PlanIntent.PrepareScreeningQuestions, PlanIntent.SummarizeTranscript,
        PlanIntent.AutopilotOn, PlanIntent.AutopilotOff, PlanIntent.ProjectStatus, PlanIntent.TakeOverConversation,
    ];

    // A message this close to an example of what the assistant cannot do is that, whatever else it names.
    private const double UnknownAsItSounds = 0.6;

    public PlanDecision Decide(string message, MessageFacts facts, DialogueState dialogue)
    {
        var top = facts.Classified.Intent;
        var project = dialogue.Project;

        // "8 is too many, let's say 6": the open role's years, named back with their replacement, is a change (not a verdict on candidates);
        // "back to the welder - 4 yrs is fine" is that of the earlier project it goes back to (read below).
        if (project is not null && words.Years.Restated(message, project.Spec.MinYears) is not null && ReturnsTo(message, facts, dialogue, namedOnly: false) is null)
        {
            return new PlanDecision(PlanIntent.RefineRequirements, ProjectTarget.Current, 0.9, null, "the open project's years, replaced");
        }

        // "no need for FIFO anymore, it's a local role now": one of the open role's requirements said not to be needed is a change to it.
        if (project is not null && facts.Title is null && facts.NotNeeded is { Count: > 0 } notNeeded && NamesOpenRequirement(project, facts with { Requirements = notNeeded }, message))
        {
            return new PlanDecision(PlanIntent.RefineRequirements, ProjectTarget.Current, 0.9, null, "one of the open project's requirements, not needed");
        }

        // "remember the hiring manager for Rotterdam is Joost" … "scratch that, it's Pieter now": a correction right after a
        // memory puts that memory right, unless it names something of a role (a title, a level, one of the open project's requirements).
        // One read as forgetting ("scratch that last one") stays so: the memory step tells a bare forget from one that says what instead.
        if (dialogue.Last == PlanIntent.Remember && top != PlanIntent.Forget && rules.Corrects(message) && facts.Title is null && facts.Seniority is null
            && !(project is not null && NamesOpenRequirement(project, facts, message)) && !(facts.Decisive && top != PlanIntent.Remember && rules.DecisiveIntents.Contains(top)))
        {
            return new PlanDecision(PlanIntent.Remember, ProjectTarget.None, 0.85, null, "a correction of the memory just kept");
        }

        // "we offer visa sponsorship and housing btw", "the salary band is 60-70k": what the job offers, said while its project is
        // open and of no other role or place, describes that project; it is kept as a memory only when worded to outlast it
        // ("keep in mind we never sponsor for the Glasgow roles"). Said inside other work (a search, a message to candidates,
        // a verdict on them: "say up front we can't sponsor visas", "she's asking 180k and the band tops out at 120k"), it is that work.
        if (project is not null && facts.Title is null && top is PlanIntent.Unknown or PlanIntent.SmallTalk or PlanIntent.Remember or PlanIntent.RefineRequirements or PlanIntent.ProjectStatus or PlanIntent.StartProject
            && rules.DescribesOffer(message) && !rules.AsksAboutProject(message) && !message.TrimEnd().EndsWith('?')
            && !rules.SendsToCandidates(message) && !rules.GivesFeedback(message)
            && facts.Places.All(p => Places(project.Spec).Contains(p.Name, StringComparer.OrdinalIgnoreCase))
            && !rules.KeepsBeyondProject(message))
        {
            return new PlanDecision(PlanIntent.RefineRequirements, ProjectTarget.Current, 0.85, null, "what the open project's job offers",
                Returns: ReturnsTo(message, facts, dialogue, namedOnly: false));
        }

        var relaxes = project is not null && rules.RelaxesField(message);
        var changes = rules.ChangesRequirements(message);
        // "what's the typical salary band for this in Warsaw right now?", "c'est dur de trouver ce profil à lyon ?", "is it hard to find
        // icu nurses in west yorkshire atm?": a question about the market for the open role, or for none, asks for no work and changes
        // nothing, whatever role details it names ("find" in it asks for nobody); beside words that relax a field, only when nothing
        // else in it decides and it names no new role to hire for.
        if (rules.AsksAboutMarket(message) && !changes
            && !(relaxes && ((facts.Decisive && rules.DecisiveIntents.Contains(top))
                || (facts.Title is not null && rules.AsksToHire(message) && (project is null || !IsSameRole(project, facts))))))
        {
            return new PlanDecision(PlanIntent.Unknown, ProjectTarget.None, 0.8, null, "a question about the market for the role");
        }

        // "source overnight for the paralegal search and have a shortlist for me by 9": the open project's search, run through the night.
        if (project is not null && top == PlanIntent.FindCandidates && rules.SearchesOvernight(message))
        {
            return new PlanDecision(PlanIntent.AutopilotOn, ProjectTarget.Current, 0.85, null, "the open project's search, run overnight");
        }

        var hires = rules.AsksToHire(message);
        // "FYI our ward team is mostly women. Hiring a healthcare assistant in Sheffield": a note beside a new role is
        // the role (the supervisor keeps the note with it).
        var decisive = facts.Decisive && rules.DecisiveIntents.Contains(top)
            && !(project is not null && rules.YieldToOpenRequirements.Contains(top) && (NamesOpenRequirement(project, facts, message) || relaxes))
            && !(top == PlanIntent.Remember && hires && facts.Title is not null);
        // "another one for the same JV: planning engineer, Primavera P6 must", "and a pharmacy technician for the same branch, GPhC reg":
        // a title other than the open one's, set beside it as one more role, is a role of its own, whatever of the open role's requirements it names.
        var addsRole = project is not null && facts is { Title: { } other, TitleKnown: true } && !IsSameRole(project, facts) && !IsHeadOf(other, project.Spec.NormalizedTitle)
            && rules.AddsRole(message);
        var outreach = rules.SendsToCandidates(message) && top == PlanIntent.DraftOutreach;
        var clearlyElse = decisive || outreach;

        // A title in the recruiter's own words ("they're all managers") describes a role only when they ask to hire one
        // or it is all the message says besides places and requirements ("Customer support rep in Madrid").
        // "drop Playwright", "scrap the Apex bit, that's more of a dev skill": a change that names one of the open project's
        // requirements is about them, even when a word of it is also a job title.
        // "5 yrs min pls, irrigation mgmt must": a phrase only near a title in meaning, weighed as a requirement is, in a change
        // that asks for no hire and no other project, is a requirement of the open role.
        var editsOpen = project is not null && !hires && !addsRole && changes
            && (NamesOpenRequirement(project, facts, message) || (facts.TitleWritten is { } said && project.Must.Concat(project.Nice).Contains(said.ToLowerInvariant(), StringComparer.Ordinal))
                || (facts.Title is not null && !facts.TitleKnown && facts.TitleWritten is { } phrase && DialogueRules.WeighsPhrase(message, phrase) && !rules.MentionsAnotherProject(message)));
        // "tell me a joke about recruiters": a title inside something the assistant cannot do, with no ask to hire, is no role.
        var plainlyUnknown = top == PlanIntent.Unknown && facts.Classified.Score >= UnknownAsItSounds;
        // "Security officer in London, military background a plus": a job ad's first line is a role, whatever its other words sound like.
        var advertised = facts.Title is not null && facts.Places.Count > 0 && facts.TitleWritten is { } opening && rules.OpensWithTitle(message, opening)
            && !outreach && !rules.NamesCandidates(message);
        // "did you keep Paragon as essential? the ops manager is really fussy about it", "my ceo just approved the budget for this role":
        // a title that speaks, decides or is consulted, in a message that asks to hire nobody, is someone's, not a role.
        var someone = !hires && facts.TitleWritten is { } person && (rules.Speaks(message, person) || rules.Consulted(message, person));
        var role = !someone && ((advertised && !editsOpen) || (addsRole && !clearlyElse)
            || (facts.Title is not null && !clearlyElse && !editsOpen && top != PlanIntent.CandidateFeedback && !((plainlyUnknown || rules.TalksAbout(message) || rules.GivesFeedback(message)) && !hires)
                && (facts.TitleKnown
                    // "Per il field service engineer aggiungi come requisiti …": a change worded about the open role by its title, which
                    // the classifier placed nowhere, is about it.
                    ? hires || facts.OtherWords <= rules.BareRoleMaxOtherWords || top is PlanIntent.StartProject or PlanIntent.FindCandidates
                        || (changes && top == PlanIntent.Unknown && project is not null && IsSameRole(project, facts))
                    : (hires || facts.OtherWords == 0) && (top is PlanIntent.StartProject or PlanIntent.FindCandidates or PlanIntent.Unknown
                        // "can you set up a new one instead - midwifery lecturer in Edinburgh": asked for as another project in so many words.
                        || (hires && rules.MentionsAnotherProject(message))))));

        // "my ceo just approved the budget for this role 🎉": news of someone named by their title, which sounds like a request
        // but asks nothing in so many words, starts no project and no search.
        if (someone && project is not null && !facts.Decisive && !changes && !relaxes && top is PlanIntent.StartProject or PlanIntent.FindCandidates
            && !rules.AnnouncesRole(message))
        {
            return new PlanDecision(PlanIntent.Unknown, ProjectTarget.None, 0.7, null, "someone named by their title, and nothing asked");
        }

        // "unrelated, but can you recommend a podcast?": a message set apart from the work, with no hire, search or change in it,
        // is what it asks of the assistant, never a change to the open project (whatever its words read as requirements); nor
        // is writing set apart so ("random q, can you help me write a card message for my manager?") a message to candidates,
        // and a title it names without asking to hire is someone's ("my manager"), not a role.
        if (!hires && !changes && !relaxes && rules.SetsAside(message) && !rules.AsksAboutProject(message)
            && ((!facts.Decisive && top is PlanIntent.Unknown or PlanIntent.SmallTalk or PlanIntent.RefineRequirements or PlanIntent.StartProject)
                || (top == PlanIntent.DraftOutreach && !rules.NamesCandidates(message))))
        {
            return new PlanDecision(top == PlanIntent.SmallTalk ? PlanIntent.SmallTalk : PlanIntent.Unknown, ProjectTarget.None, 0.8, null, "set apart from the hiring work");
        }

        // "let me run this by the hiring manager first", "let me check the generalist one with legal": time asked before deciding, with no
        // hire or change in it, starts nothing whatever title or place it names.
        // A title named as whom the recruiter checks with ("wait lang po, i-confirm ko pa sa ops manager") is someone's, whatever a "wait" in it reads as.
        if (!decisive && rules.PutsOff(message) && ((facts.Title is null && facts.Places.Count == 0)
            || (!hires && !relaxes && (!changes || (facts.TitleWritten is { } whom && rules.Consulted(message, whom))))))
        {
            return new PlanDecision(PlanIntent.SmallTalk, ProjectTarget.None, 0.8, null, "no request yet, or not meant for the assistant");
        }

        // "tack, du är grym", "obrigado, você é demais": thanks or praise in so many words, with no role, hire, change or other work in it,
        // is chat, however near its other words come to a request in another language ("hi, i have a role to fill" announces one).
        if (facts.Chats && !facts.Decisive && !decisive && facts.Title is null && !facts.HasRoleDetails && !hires && !changes && !relaxes
            && !rules.AnnouncesRole(message) && !rules.GivesFeedback(message) && !rules.SendsToCandidates(message) && !rules.AsksAboutProject(message))
        {
            return new PlanDecision(PlanIntent.SmallTalk, ProjectTarget.None, 0.8, null, "thanks or praise, and nothing else");
        }

        // "also need a paralegal" names another one of an earlier title; "agronomist - hindi also needed" names that project as a label.
        if (!outreach && ReturnsTo(message, facts, dialogue, namedOnly: hires && rules.MentionsAnotherProject(message) && !rules.GoesBack(message)) is { } back)
        {
            // "event mgr pls start looking for ppl": a search in so many words goes back to search, whatever details it names.
            var changesIt = changes || rules.RelaxesField(message) || (facts.HasRoleDetails && !(top == PlanIntent.FindCandidates && facts.Decisive));
            var intent = (changesIt && !decisive) ? PlanIntent.RefineRequirements : ProjectScoped.Contains(top) ? top : PlanIntent.ProjectStatus;
            return new PlanDecision(intent, ProjectTarget.Current, 0.85, null, "an earlier project, named by its title", Returns: back);
        }

        switch (dialogue.Question)
        {
            case { Kind: OpenQuestion.Calibration } shown when !outreach && !(role && facts.TitleKnown && hires)
                && (rules.GivesFeedback(message) || rules.GoesAhead(message)
                    || (!decisive && !IsOnlyChat(top, facts, message) && !facts.HasRoleDetails && top is PlanIntent.CandidateFeedback or PlanIntent.ShowCandidate or PlanIntent.Unknown)):
                return new PlanDecision(PlanIntent.CandidateFeedback, ProjectTarget.Current, 0.9, shown, "reactions to the calibration batch");
            case { Kind: OpenQuestion.Intake } asked when !clearlyElse && !IsOnlyChat(top, facts, message):
                return new PlanDecision(PlanIntent.StartProject, ProjectTarget.New, 0.9, asked, "the answer to what intake asked");
        }

        // "sorry typo - payroll specialist not manager", "scratch that, make it a sous chef": another title put in the open
        // role's place is a change to it, not a second project.
        if ((role || !clearlyElse) && project is not null && Retitles(message, facts, project, hires))
        {
            return new PlanDecision(PlanIntent.RefineRequirements, ProjectTarget.Current, 0.85, null, "the open project's title, put right");
        }

        // "find more for the Glasgow role, still need 1yr+ telesales", "on the electrician project: run a new search but filter out …":
        // more people asked for in so many words is the open project's search, whatever it restates or filters it by.
        // "search pls, UAE-based only": the open project's own country narrows its search.
        // More of the open title's head or family ("more maintenance sparkies" for a maintenance technician) are more of its people; and
        // in "Bitte such nochmal weiter", "verder zoeken", a lone word read as a title only by its spelling or meaning is no other role.
        var withinOpen = project is not null
            && facts.Places.All(p => Places(project.Spec).Contains(p.Name, StringComparer.OrdinalIgnoreCase) || (p.Kind == PlaceKind.Country && Countries(project.Spec).Contains(p.CountryCode)));
        if (project is not null && !clearlyElse && rules.AsksForMore(message) && withinOpen
            && (facts.Title is null || IsSameRole(project, facts) || IsHeadOf(facts.Title, project.Spec.NormalizedTitle)
                || (titles.Family(facts.Title) is { } family && family == titles.Family(project.Spec.NormalizedTitle))
                || (facts.TitleWritten is { } lone && !lone.Contains(' ', StringComparison.Ordinal) && titles.Canonical(lone) != facts.Title)
                // "find more for the front desk role. GM wants people with Opera": a title that speaks or wishes is whose the wish is.
                || (facts.TitleWritten is { } speaker && rules.Speaks(message, speaker))))
        {
            return new PlanDecision(PlanIntent.FindCandidates, ProjectTarget.Current, 0.85, null, "more people for the open project");
        }

        // "also pull from the Techqueria and /dev/color communities, same bar for everyone", "widen the search to veteran talent networks":
        // more places to draw people from is the open project's search, whatever words of a role a channel's name holds.
        if (project is not null && !clearlyElse && rules.AddsSources(message) && withinOpen && !rules.AnnouncesRole(message)
            && (facts.Title is null || IsSameRole(project, facts) || (facts.TitleWritten is { } inName && rules.NamesInSource(message, inName))))
        {
            return new PlanDecision(PlanIntent.FindCandidates, ProjectTarget.Current, 0.85, null, "more places to look for the open project's people");
        }

        // "escreve para os 5 melhores", "bitte die Top 3 anschreiben": a message to candidates asked for in so many words, in words
        // the intent exemplars do not read, is outreach for the open project.
        if (project is not null && !decisive && top is PlanIntent.Unknown or PlanIntent.SmallTalk && rules.SendsToCandidates(message))
        {
            return new PlanDecision(PlanIntent.DraftOutreach, ProjectTarget.Current, 0.85, null, "a message to candidates, in so many words");
        }

        if (role)
        {
            // "quick update on the sheffield QS search - … also he's ok to go up to 58k": the open project named as a project is
            // that project, whatever "also" or "needs" say inside it.
            var namedAsProject = project is not null && rules.NamesAsOpenProject(message, [project.Spec.NormalizedTitle, .. facts.TitleWritten is { } written ? [written] : Array.Empty<string>(), .. Places(project.Spec)]);
            // "For the QA one, make it hybrid" for the QA automation engineer: the open project named as one by words of its own title.
            var namedByTitle = namedAsProject && facts.TitleWritten is { } named && TitleWords(named).All(TitleNameWords(project!.Spec).Contains);
            if (project is not null && (IsSameRole(project, facts) || namedByTitle) && (!rules.MentionsAnotherProject(message) || namedAsProject))
            {
                // "it's a senior policy analyst sorry, the posting says senior": the open role at another level is a change to it.
                var leveled = facts.Seniority is { } level && !string.Equals(level, project.Spec.Seniority, StringComparison.OrdinalIgnoreCase);
                return new PlanDecision((changes || leveled) && (!hires || namedAsProject) ? PlanIntent.RefineRequirements : PlanIntent.FindCandidates, ProjectTarget.Current, 0.85, null, "the open project's role");
            }

            // The open project's title somewhere else ("a backend engineer in Lisbon too", "same stack"): a new project that starts from it.
            // A message that states its own requirements ("a backend engineer in NY, Go and Kubernetes") is its own request.
            var repeats = project is not null && string.Equals(facts.Title, project.Spec.NormalizedTitle, StringComparison.Ordinal)
                && (facts.Requirements.Count == 0 || rules.RepeatsRole(message)) ? project : null;
            return new PlanDecision(PlanIntent.StartProject, ProjectTarget.New, 0.9, null, project is null ? "a role, and no project is open" : "a different role from the open project's", repeats);
        }

        // "got one to fill in Leeds, forklift licence a bonus", with or without a project open: a role, whose title intake asks for.
        if (facts.Title is null && !clearlyElse && rules.AnnouncesRole(message))
        {
            return new PlanDecision(PlanIntent.StartProject, ProjectTarget.New, 0.85, null, "another role announced without its title");
        }

        // "one correction: it's for our Gold Coast venue, not the Valley. Same role.": a place put right is no second project.
        var putsRight = rules.Corrects(message) && !rules.MentionsAnotherProject(message);
        if (project is not null && facts.Title is null && !clearlyElse && !putsRight && !WidensRemoteScope(project, facts, message)
            && ((hires && rules.MentionsAnotherProject(message)) || rules.RepeatsRole(message)) && facts.Places.Count > 0
            && !facts.Places.Any(p => Places(project.Spec).Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
        {
            // "also need one in Vienna", "same role but in Madrid": the open role again, in another place.
            return new PlanDecision(PlanIntent.StartProject, ProjectTarget.New, 0.85, null, "the open project's role in another place", project);
        }

        var confidence = Math.Clamp(facts.Classified.Score, 0, 1);
        if (project is null)
        {
            return top switch
            {
                // "Can you find someone in Toronto who knows Salesforce CPQ?" with nothing open: a project, whose intake asks for the role.
                PlanIntent.FindCandidates or PlanIntent.StartProject => new PlanDecision(PlanIntent.StartProject, ProjectTarget.New, confidence, null, "a search with no project open"),
                PlanIntent.RefineRequirements when facts.HasRoleDetails && !plainlyUnknown => new PlanDecision(PlanIntent.StartProject, ProjectTarget.New, confidence, null, "requirements with no project open"),
                // "I need someone really good": asked to hire with nothing open and nothing to change, a project whose intake asks for the role.
                PlanIntent.RefineRequirements when hires && !changes => new PlanDecision(PlanIntent.StartProject, ProjectTarget.New, confidence, null, "a hire asked for with no project open"),
                // "hey, looking for someone in Austin who knows Gainsight": a greeting before a request is the request.
                PlanIntent.SmallTalk or PlanIntent.Unknown when hires && facts.HasRoleDetails && !plainlyUnknown => new PlanDecision(PlanIntent.StartProject, ProjectTarget.New, confidence, null, "a request after a greeting, with no project open"),
                _ => new PlanDecision(top, ProjectTarget.None, confidence, null, "what the message asks, with no project open"),
            };
        }

        // "5 is overqualified, basically a CFO already": a verdict on numbered candidates that names a title describes them.
        if (!clearlyElse && facts.Title is not null && !hires && !changes && rules.GivesFeedback(message))
        {
            return new PlanDecision(PlanIntent.CandidateFeedback, ProjectTarget.Current, confidence, null, "reactions to candidates of the open project");
        }

        if (!clearlyElse && facts.Title is null)
        {
            // "is it hybrid?", "does the role require Kafka?": asking about the open project changes nothing.
            if (rules.AsksAboutProject(message))
            {
                // "what did we say for years?" asks what the project says, not for a call's transcript.
                return new PlanDecision(ProjectScoped.Contains(top) && top is not (PlanIntent.RefineRequirements or PlanIntent.SummarizeTranscript) ? top : PlanIntent.ProjectStatus,
                    ProjectTarget.Current, confidence, null, "a question about the open project");
            }

            // "looks right, find people for it": a verdict that names no candidate, beside a search for the open project, approves the
            // project; "that role needs 5 yrs minimum" changes it.
            if (!rules.NamesCandidates(message) && rules.AsksToHire(message) && rules.RefersToOpenProject(message) && !changes
                && top is PlanIntent.CandidateFeedback or PlanIntent.FindCandidates)
            {
                return new PlanDecision(PlanIntent.FindCandidates, ProjectTarget.Current, confidence, null, "a search for the open project, after approving it");
            }

            // "love candidate 4, not a fan of 1": candidates named with a verdict, and no change asked.
            if (rules.GivesFeedback(message) && !changes && !relaxes)
            {
                return new PlanDecision(PlanIntent.CandidateFeedback, ProjectTarget.Current, confidence, null, "reactions to candidates of the open project");
            }
        }

        // "no, mid-level", "staff level, 8+ years", "we can do hybrid", "any level is fine": details of a role without a title
        // change the open one (not "what's the weather in Sydney", which is close to something the assistant cannot do), and
        // so does the wording of a change the classifier did not place ("kafka isn't needed"); an intent about the assistant
        // itself that none of its own words name ("actually Wien, not Munich" is not "forget") yields to them. A hiring cue
        // ("they need Docker", "needs 5+ years") is a change when the message is worded as one and names no other project.
        // "needs 5 yrs experience too": "too" asks for another project only beside a title or a place.
        // A place the open project is not in, with no word of searching ("kan ook in Amsterdam"), is a change, however
        // much it sounds like a search.
        // "sorry, Paris not Lyon" may sound like nothing the assistant does, but it names the open project's place beside another;
        // "lead level", "senior, please" say nothing but details of a role.
        var namesOpen = facts.Places.Count > 1 && facts.Places.Any(p => Places(project.Spec).Contains(p.Name, StringComparer.OrdinalIgnoreCase));
        // "het moet minimaal 3 jaar zijn, de teamleider is daar streng in": a title that speaks is whose the change is, so the change is the open role's.
        // "they're also hiring for this at the Warren plant, so either Detroit or Warren is fine": the open role in one more place.
        var asksForAnother = hires && !WidensRemoteScope(project, facts, message) && !(changes && !(rules.MentionsAnotherProject(message) && (facts.Title is not null || facts.Places.Count > 0)))
            && !(facts.Title is null && namesOpen && rules.RefersToOpenProject(message));
        var namesNewPlace = facts.Places.Any(p => !Places(project.Spec).Contains(p.Name, StringComparer.OrdinalIgnoreCase));
        // "they can work from anywhere in the States": another work arrangement than the open project's is a change, however much it sounds like a search.
        var rearranges = facts.Remote != RemotePolicy.Unspecified && facts.Remote != project.Spec.Remote;
        var onlyDetails = facts.Title is null && facts.HasRoleDetails && facts.OtherWords <= 1 && !hires && !message.TrimEnd().EndsWith('?');
        // "il fait un temps horrible à Lyon aujourd'hui" for a role in Lyon: chat that names only the open project's own places changes nothing.
        var chatsOfOwnPlaces = top == PlanIntent.SmallTalk && facts.Decisive && !changes && !relaxes && !hires && facts.Title is null && facts.Seniority is null
            && facts.Requirements.Count == 0 && facts.Remote == RemotePolicy.Unspecified && facts.Places.Count > 0
            && facts.Places.All(p => Places(project.Spec).Contains(p.Name, StringComparer.OrdinalIgnoreCase));
        if (!clearlyElse && !chatsOfOwnPlaces && !(plainlyUnknown && !namesOpen && !onlyDetails && !putsRight) && (facts.Title is null || editsOpen || (someone && changes)) && !asksForAnother
            && (facts.HasRoleDetails || relaxes || (top == PlanIntent.Unknown && changes))
            && (top is PlanIntent.Unknown or PlanIntent.SmallTalk or PlanIntent.StartProject or PlanIntent.RefineRequirements
                // "pls share profiles for kyc": a search in so many words that names the open role's requirement is the search.
                || (top == PlanIntent.FindCandidates && (changes || relaxes || (onlyDetails && !facts.Decisive) || (!hires && (namesNewPlace || rearranges))))
                || (top == PlanIntent.CandidateFeedback && !rules.GivesFeedback(message))
                // "its an entry level role": details alone, which sound like a status, change the open project.
                || (!decisive && (changes || onlyDetails) && top is PlanIntent.ShowCandidate or PlanIntent.ProjectStatus)
                || (!decisive && top is PlanIntent.Forget or PlanIntent.ExplainDecision or PlanIntent.Overnight or PlanIntent.AutopilotOn or PlanIntent.AutopilotOff
                    or PlanIntent.FollowUp or PlanIntent.ScheduleScreen or PlanIntent.PrepareScreeningQuestions or PlanIntent.SummarizeTranscript)))
        {
            return new PlanDecision(PlanIntent.RefineRequirements, ProjectTarget.Current, confidence, null, "a change to the open project");
        }

        // "thanks! can we also drop kafka", "great, one more thing, make it hybrid": thanks that lead into a change are that change.
        if (!clearlyElse && top == PlanIntent.SmallTalk && facts.Title is null && !hires && changes)
        {
            return new PlanDecision(PlanIntent.RefineRequirements, ProjectTarget.Current, confidence, null, "thanks that lead into a change to the open project");
        }

        return new PlanDecision(top, ProjectScoped.Contains(top) ? ProjectTarget.Current : ProjectTarget.None, confidence, null, "what the message asks, about the open project");
    }

    /// <summary>
    /// A title named as the open role's, put right: beside "not" and a word of the open title ("welder not fabricator"), with
    /// wording that renames ("make it a sous chef"), or in a correction that asks for no hire ("sorry typo - payroll specialist");
    /// never beside a word of another project ("also", "new one").
    /// </summary>
    private bool Retitles(string message, MessageFacts facts, OpenProject project, bool hires) =>
        facts.Title is not null && !rules.MentionsAnotherProject(message) && !rules.RepeatsRole(message)
        && (TitleCorrection.Negates(message, project.Spec.NormalizedTitle, titles.Canonical) || rules.Renames(message) || (rules.Corrects(message) && !hires));

    private static string[] TitleWords(string title) =>
        title.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // First words that head many requirements and name none alone ("project management", "customer service").
    private static readonly HashSet<string> GeneralHeads = new(StringComparer.Ordinal) { "project", "team", "people", "data", "customer", "client", "strong", "good", "excellent", "experience", "proven", "general", "business", "clean", "full" };

    /// <summary>
    /// Whether the message names one of the open project's requirements ("forget Python" for a role that requires it), or the
    /// first word of one that has several ("forget about Opera" for Opera PMS).
    /// </summary>
    private static bool NamesOpenRequirement(OpenProject project, MessageFacts facts, string message)
    {
        if (facts.Requirements.Any(r => project.Must.Contains(r, StringComparer.Ordinal) || project.Nice.Contains(r, StringComparer.Ordinal)))
        {
            return true;
        }

        var said = Tokenizer.Tokenize(message).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        said.ExceptWith(TitleWords(project.Spec.NormalizedTitle));
        said.ExceptWith(facts.TitleWritten is { } written ? TitleWords(written) : []);
        // A condition kept in the recruiter's words ("FIFO roster") is named in any case ("no need for fifo").
        return project.Must.Concat(project.Nice).Any(r => r.ToLowerInvariant().Split(' ') is { Length: > 1 } words && words[0].Length >= 4 && !GeneralHeads.Contains(words[0]) && said.Contains(words[0]));
    }

    /// <summary>Thanks or a greeting alone, or something the assistant cannot do: it does not answer a question.</summary>
    private bool IsOnlyChat(PlanIntent top, MessageFacts facts, string message) =>
        top is PlanIntent.SmallTalk or PlanIntent.Unknown && facts.Decisive && facts.Title is null && !facts.HasRoleDetails && !rules.GoesAhead(message) && !rules.GivesFeedback(message);

    /// <summary>
    /// The open project's role: the same title, or a title of its family named after one of its must-haves
    /// ("Go engineers" for a backend role that requires Go) or its head word alone ("engineers"); and no other place than the project's.
    /// </summary>
    private bool IsSameRole(OpenProject project, MessageFacts facts)
    {
        var spec = project.Spec;
        var sameTitle = string.Equals(facts.Title, spec.NormalizedTitle, StringComparison.Ordinal)
            || (facts.Title is { } title && titles.Family(title) is { } family && family == titles.Family(spec.NormalizedTitle)
                && title.Split(' ').Any(word => project.Must.Contains(word, StringComparer.Ordinal)))
            || IsBareHeadOf(facts, spec.NormalizedTitle) || IsPluralHeadOf(facts, spec);
        if (!sameTitle)
        {
            return false;
        }

        return facts.Places.Count == 0 || facts.Places.Any(p => Places(spec).Contains(p.Name, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"electrician" for "maintenance electrician": a shorter title that ends the open one's.</summary>
    private static bool IsHeadOf(string title, string openTitle) =>
        TitleWords(title) is { Length: > 0 } said && TitleWords(openTitle) is var open && said.Length < open.Length && open.AsSpan(open.Length - said.Length).SequenceEqual(said);

    /// <summary>"engineers" alone, which no title of the vocabulary is, for a project whose title it restates ("backend engineer").</summary>
    private static bool IsBareHeadOf(MessageFacts facts, string openTitle) =>
        !facts.TitleKnown && facts.TitleWritten is { } written && !written.Contains(' ', StringComparison.Ordinal) && TitleEcho.Restates(written, openTitle);

    /// <summary>
    /// "find me some programmers" for a gameplay programmer: the head word alone, in the plural, of the open title or of one of its
    /// other forms ("game developer" is also written "gameplay programmer") names its people, even where the word is a title of its own.
    /// </summary>
    private bool IsPluralHeadOf(MessageFacts facts, JobSpec spec) =>
        facts.TitleWritten is { Length: > 4 } written && !written.Contains(' ', StringComparison.Ordinal) && written.EndsWith('s')
        && titles.Variants(spec.NormalizedTitle).Append(spec.NormalizedTitle).Append(spec.Title).Any(form => TitleEcho.Restates(written, form));

    // The countries of the spec's places, or of its written locations ("DE" of "Munich, DE").
    private static HashSet<string> Countries(JobSpec spec) =>
        spec.Places is { Count: > 0 } places
            ? places.Select(p => p.CountryCode).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : spec.Locations.Select(l => l.Split(',')).Where(parts => parts.Length > 1).Select(parts => parts[^1].Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // A written location's city ("Munich" of "Munich, DE") when the spec has no structured places.
    /// <summary>
    /// "we can hire in canada too", "could also hire in Ireland" for a remote role: countries or zones named with no title and no
    /// word of the role again are where its people may live, one more scope of the open project, not the role in another place.
    /// </summary>
    private bool WidensRemoteScope(OpenProject project, MessageFacts facts, string message) =>
        project.Spec.Remote == RemotePolicy.Remote && facts.Title is null && facts.Places.Count > 0
        && facts.Places.All(p => p.Kind is PlaceKind.Country or PlaceKind.Zone) && !rules.RepeatsRole(message);

    private static IEnumerable<string> Places(JobSpec spec) =>
        spec.Places is { Count: > 0 } places ? places.Select(p => p.Name) : spec.Locations.Select(l => l.Split(',')[0].Trim());
}
