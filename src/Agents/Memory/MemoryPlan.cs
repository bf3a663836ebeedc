using System.Text.RegularExpressions;
using Hiring.Agents.Intake.Faq;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// The memory's part of a plan, added by the supervisor after planning because only it knows what the
/// policy refused: what in the message is worth keeping is read from the message without the refused
/// clauses, so "remember the client wants men" keeps nothing. A message that only tells a fact or a
/// standing preference becomes a remember plan; one that also asks for work gets a remember step first;
/// a correction of something remembered ("actually Marcus left, Tamsin is the HM") corrects it; and a
/// question the recruiter's memory plainly answers ("who's the HM for Pune java?"), or one about past work
/// that an episode of an earlier conversation answers ("what did we do on the Berlin role?"), is recalled;
/// so is a question about what the recruiter told, liked or who does what (<see cref="MemoryQuestionRoute"/>),
/// and one that only names other days right after a question to the memory ("and on Monday?").
/// </summary>
public sealed partial class MemoryPlan(MemoryStatementReader reader, MemoryQuestionReader questions, ForgetRequestReader forgets, MemoryWords words, MemoryRules rules, MemoryQuestionRoute route, FaqDrafter faq, IGrainFactory grains)
{
    /// <summary>At or above this relevance a kept memory answers a question the planner did not read as one to the memory.</summary>
    public const double AnswersQuestion = 0.75;

    private static readonly HashSet<PlanIntent> Chat = [PlanIntent.Unknown, PlanIntent.SmallTalk];

    private readonly Regex _forgetThat = MemoryRules.Any([rules.ForgetThat]);
    private readonly Regex _forgetForNow = MemoryRules.Any([rules.ForgetForNow]);
    private readonly Regex _forgetAbout = MemoryRules.Any([rules.ForgetAbout]);
    private readonly Regex _forgetOpening = MemoryRules.Any([rules.ForgetOpening]);
    private readonly Regex _forgetPartOpening = MemoryRules.Any([rules.ForgetPartOpening]);
    private readonly Regex _forgetPart = MemoryRules.Any([rules.ForgetPart]);
    private readonly Regex _recall = MemoryRules.Any([rules.RecallCues]);
    private readonly Regex _episodeQuestion = MemoryRules.Any([rules.EpisodeQuestions]);
    private readonly Regex _dated = MemoryRules.Any([rules.DatedQuestions]);

    // What a question or a correction about the memory may have been read as instead.
    private static readonly HashSet<PlanIntent> Overridable = [PlanIntent.Unknown, PlanIntent.SmallTalk, PlanIntent.StartProject, PlanIntent.RefineRequirements, PlanIntent.FindCandidates, PlanIntent.SetAvailability, PlanIntent.ShowCandidate, PlanIntent.DraftOutreach, PlanIntent.SummarizeTranscript, PlanIntent.PrepareScreeningQuestions];

    // What a wh-question about what was told may be read as when a project is open.
    private static readonly HashSet<PlanIntent> AskedOfProject = [PlanIntent.FollowUp, PlanIntent.ProjectStatus];

    /// <param name="plan">The planner's plan for what the policy left of the message.</param>
    /// <param name="message">The message as the recruiter wrote it.</param>
    /// <param name="refused">What the policy refused in it.</param>
    /// <param name="clientMessageId">The message's client id, the memory's provenance.</param>
    /// <param name="recruiterKey">The recruiter (tenant/recruiter), whose memory it is.</param>
    /// <param name="open">The project the recruiter is working on, when any.</param>
    /// <param name="previous">The recruiter's message before this one, read only when a memory opens with a pronoun.</param>
    public async Task<Plan> CompleteAsync(Plan plan, string message, IReadOnlyList<PolicyFinding> refused, string clientMessageId, string recruiterKey, OpenProject? open = null, Func<Task<string?>>? previous = null)
    {
        // A recall read from a statement ("and Sydney ones need a working with children check", after a note) is
        // read again below: what it tells is kept.
        if (plan.Intent == PlanIntent.RecallMemory && IsQuestion(message))
        {
            return plan;
        }

        if (previous is not null)
        {
            // Several readings below may look at the message before; it is read from the conversation once.
            var once = new Lazy<Task<string?>>(previous);
            previous = () => once.Value;
        }

        var memory = grains.GetGrain<IRecruiterMemory>(recruiterKey);
        // "forget the Dublin search for today, we'll pick it up Monday": work put off, not a memory to forget.
        var putsOff = _forgetForNow.IsMatch(message);
        // Whether the message drops a kept memory named by what it was about: asked of the memory once, whichever reading asks first.
        Task<bool>? namesKept = null;
        Task<bool> NamesKept() => namesKept ??= NamesKeptAsync(memory, message);
        if (plan.Intent == PlanIntent.Forget && putsOff)
        {
            plan = plan with { Intent = PlanIntent.Unknown, Steps = [] };
        }

        if (plan.Intent == PlanIntent.Forget)
        {
            // "nah scratch that, Bruce retired, Kylie's running Adelaide now" corrects the memory just kept, it does not forget it.
            if (!(_forgetThat.IsMatch(message) && await LastKeptAsync(memory, previous) is { } kept && CorrectsInstead(message, kept.Text)))
            {
                return plan;
            }

            plan = plan with { Intent = PlanIntent.Unknown, Steps = [] };
        }

        if (plan.Intent == PlanIntent.Remember && _forgetThat.IsMatch(message) && await LastKeptAsync(memory, previous) is { } latest && !CorrectsInstead(message, latest.Text))
        {
            // "scratch that last one" right after a memory, read as putting it right, says nothing instead: it forgets it.
            return ForgetLast(plan, message, clientMessageId, latest);
        }

        if (!putsOff && await ForgetsPartOfKeptAsync(memory, message, open))
        {
            // "drop the guarantee part for Maple Crest, they waived it. everything else stands" with a role open: a part of what
            // was told goes, whatever the planner read of the role. Left to the role, the memory would be recalled again.
            return Only(plan, PlanIntent.Forget, Step(PlanActions.Forget, null, clientMessageId, message), rules.Say("plan_forget"));
        }

        if (!putsOff && (_forgetOpening.IsMatch(message) || _forgetPartOpening.IsMatch(message)) && await NamesKept())
        {
            // "ditch the Saturday calls rule, my gym moved to weekdays": a message that opens by dropping a memory named by what it was
            // about forgets it, whatever the planner read of the reason beside it (a correction, a draft).
            return Only(plan, PlanIntent.Forget, Step(PlanActions.Forget, null, clientMessageId, message), rules.Say("plan_forget"));
        }

        var safe = reader.SafeText(message, [.. refused.Select(f => (f.Start, f.Length))]);
        var statements = reader.Read(safe);
        // A project the planner would start with no job title or headcount would only ask what the job is, and with no project
        // open there is none to draft for, book screens in or report on ("our Singapore office shuts for Chinese New Year, so no
        // interviews that week"): the message asks for no work.
        var asksNoWork = Chat.Contains(plan.Intent) || MemoryQuestionRoute.IsEmptyProject(plan) || MemoryQuestionRoute.ActsOnNoProject(plan, open);
        if (!asksNoWork && plan.Intent != PlanIntent.Remember && statements.Any(s => s.Weak))
        {
            // "ok add python, and fyi it's a lead position": a detail of the work asked for, not a memory. The step reads only what is kept.
            // "change from Kowhai: the farm visits now happen at Te Aroha" puts a kept memory right, whatever work is open.
            var righting = new List<MemoryStatement>();
            foreach (var weak in statements.Where(s => s.Weak && s.Corrects))
            {
                if (await PutsMemoryRightAsync(memory, weak.Quote, open, null, plan.Slots))
                {
                    righting.Add(weak);
                }
            }

            statements = [.. statements.Where(s => !s.Weak || righting.Contains(s))];
            safe = string.Join('\n', statements.Select(s => s.Quote));
        }

        // "we offer visa sponsorship and housing btw" with a role open, read by the planner as that role's terms: the open project's
        // FAQ keeps them (intake proposes them for approval), so they are no memory, unless they put one right or are worded to
        // outlast the role ("she also mentioned relocation up to CHF 15k for anyone moving in": a standing preference).
        if (open is not null && plan is { Intent: PlanIntent.RefineRequirements, ProjectId: null } && statements.Count > 0
            && statements.All(s => faq.Stated(s.Text).Count > 0 && s.Kind != MemoryKind.Preference) && !await PutsMemoryRightAsync(memory, safe, open, previous))
        {
            return plan;
        }

        var found = statements.Count > 0;
        // "Lars har slutat på Kvarnby, ny kontakt är Ida Berg", read as a recall since it names what a memory holds, tells what puts it right.
        if (plan.Intent == PlanIntent.RecallMemory && !found && (IsQuestion(message) || !await PutsMemoryRightAsync(memory, safe, open, previous)))
        {
            return plan;
        }

        // "also please note that I prefer portfolios as PDF": a message that only tells memories asks for nothing else.
        // So does one whose every clause tells a fact or a preference and none asks for work ("the Calgary hiring manager is Dave
        // Kowalski"), though the planner read a job in it; with a project open it may still be about that project.
        var clauses = MemoryClause.Split(safe);
        // A statement kept with the sentence it leans on ("Band for X is 9-11k. Anything over that needs Wei Ling") covers both.
        var onlyMemories = found && statements.Sum(s => MemoryClause.Split(s.Quote).Count) >= clauses.Count
            && (statements.Any(s => s.Importance >= MemoryStatementReader.ExplicitImportance) || (open is null && plan.Slots.Count is null && !clauses.Any(c => reader.AsksForWork(c.Text))));
        var context = found && previous is not null && statements.FirstOrDefault(s => reader.NeedsContext(s.Text) && !s.Resolved) is { } needs && await previous() is { } before ? reader.SubjectOf(before, needs.Text) : null;
        if (plan.Intent is PlanIntent.Remember or PlanIntent.RecallMemory || (found && (asksNoWork || onlyMemories)))
        {
            if (plan.Intent == PlanIntent.Remember && !found && IsQuestion(message))
            {
                // "if someone we place there quits in month two, do we have to replace them?" read as a memory: a question keeps and corrects nothing, it asks.
                return Only(plan, PlanIntent.RecallMemory, Step(PlanActions.Recall, null, clientMessageId, message), rules.Say("plan_recall"));
            }

            // One the planner reads as a memory because it corrects the one just kept ("scratch that, it's Pieter now") puts that right.
            // Such a correction may tell nothing the reader keeps on its own ("Correction: Stefan left, it's Katrin Beck now").
            if (plan.Intent is PlanIntent.Remember or PlanIntent.RecallMemory && !found && await PutsMemoryRightAsync(memory, safe, open, previous))
            {
                return Only(plan, PlanIntent.Remember, Correcting(Step(PlanActions.Remember, safe, clientMessageId, message, context)), rules.Say("plan_remember"));
            }

            return found
                ? Only(plan, PlanIntent.Remember, Step(PlanActions.Remember, safe, clientMessageId, message, context), plan.Intent == PlanIntent.Remember ? plan.Summary : rules.Say("plan_remember"))
                : Only(plan, PlanIntent.Remember, new PlanStep(AgentKind.Supervisor, PlanActions.Reply, new Dictionary<string, string> { [StepValueNames.Text] = rules.Say("nothing_to_remember") }, false), rules.Say("nothing_to_remember"));
        }

        // "update - bluewave is 17% now" with a role open tells a client's term, but one that puts a kept memory right: it corrects that
        // memory alone and leaves the role.
        if (found && !putsOff && statements.All(s => s.Corrects) && Overridable.Contains(plan.Intent)
            && await PutsMemoryRightAsync(memory, safe, open, previous, plan.Slots) && !await ChangesTheRoleAsync(plan, safe, open, memory, previous))
        {
            return Only(plan, PlanIntent.Remember, Correcting(Step(PlanActions.Remember, safe, clientMessageId, message, context)), rules.Say("plan_remember"));
        }

        if (found)
        {
            // Kept first, so a plan that then waits for an approval has already remembered.
            return plan with { Steps = [Step(PlanActions.Remember, safe, clientMessageId, message, context, reader.ScopeOf(safe, statements)), .. plan.Steps] };
        }

        if (_forgetThat.IsMatch(message) && await LastKeptAsync(memory, previous) is { } last && !CorrectsInstead(message, last.Text))
        {
            // "scratch that last one" right after a message that left a memory: that memory, whatever else is open.
            return ForgetLast(plan, message, clientMessageId, last);
        }

        if (!putsOff && await NamesKept())
        {
            // "drop the thing about mornings": a memory named by what it was about.
            return Only(plan, PlanIntent.Forget, Step(PlanActions.Forget, null, clientMessageId, message), rules.Say("plan_forget"));
        }

        if (!putsOff && _forgetOpening.IsMatch(message) && await ForgetsMemoryAsync(memory, message))
        {
            // "ok actually wipe everything you've got on me, I'm moving to a new role": a request to forget, not a new project.
            return Only(plan, PlanIntent.Forget, Step(PlanActions.Forget, null, clientMessageId, message), rules.Say("plan_forget"));
        }

        if (_recall.IsMatch(message) && (await memory.List()).Count > 0)
        {
            // "remind me how I like screens booked" asks the memory, whatever else it names.
            return Only(plan, PlanIntent.RecallMemory, Step(PlanActions.Recall, null, clientMessageId, message), rules.Say("plan_recall"));
        }

        if (_episodeQuestion.IsMatch(message) && (await memory.Recall(message, 3)).Any(r => r.Entry.Kind == MemoryKind.Episode))
        {
            // "what happened with the data engineer search?": the episode of that conversation answers it.
            return Only(plan, PlanIntent.RecallMemory, Step(PlanActions.Recall, null, clientMessageId, message), rules.Say("plan_recall"));
        }

        var recap = questions.AsksRecap(message);
        var days = questions.NamesDays(message);
        if ((IsQuestion(message) || (recap && days)) && (Overridable.Contains(plan.Intent) || days) && (recap || (days && _dated.IsMatch(message))))
        {
            // "what did we discuss last week?", "what did I tell you on Monday about the Berlin role?", "recap yesterday": the
            // conversations and memories of those days answer, not a draft, a transcript's summary or a search.
            return Only(plan, PlanIntent.RecallMemory, Step(PlanActions.Recall, null, clientMessageId, message), rules.Say("plan_recall"));
        }

        if (IsQuestion(message) && days && MemoryWords.Split(message).Count <= ElidedWords && previous is not null
            && await previous() is { } asked && IsQuestion(asked) && (_dated.IsMatch(asked) || questions.AsksRecap(asked)))
        {
            // "what did I tell you yesterday?" then "and on Monday?": the same question, of other days.
            return Only(plan, PlanIntent.RecallMemory, Step(PlanActions.Recall, null, clientMessageId, message), rules.Say("plan_recall"));
        }

        // Work put off ("forget about ringing Rob today, draft him an email instead") puts no memory right.
        // A correction read as explaining a decision ("update: Maria's replaced by Jon") is no question about one; with no
        // project open, one read as a status or a follow-up ("update on Limerick - the band went up to 65-75k") has nothing else to act on.
        // One read as overnight work for a word it shares with a kept preference ("actually make the digest 8am instead") is no more a request for that work.
        if (!putsOff && (Overridable.Contains(plan.Intent) || ((plan.Intent is PlanIntent.ExplainDecision or PlanIntent.Overnight || MemoryQuestionRoute.ActsOnNoProject(plan, open)) && !IsQuestion(message)))
            && await PutsMemoryRightAsync(memory, safe, open, previous, plan.Slots) && !await ChangesTheRoleAsync(plan, safe, open, memory, previous))
        {
            return Only(plan, PlanIntent.Remember, Correcting(Step(PlanActions.Remember, safe, clientMessageId, message)), rules.Say("plan_remember"));
        }

        if (IsQuestion(message) && MemoryQuestionRoute.ActsOnNoProject(plan, open) && !questions.Read(message).IsGeneral
            && (await memory.Recall(message, 1)) is [{ Relevance: >= AnswersQuestion, Entry.Kind: not MemoryKind.Episode }, ..])
        {
            // "can I book an onsite in Austin on a Friday?" with no project open has nothing to book: a memory that plainly answers it does.
            return Only(plan, PlanIntent.RecallMemory, Step(PlanActions.Recall, null, clientMessageId, message), rules.Say("plan_recall"));
        }

        if (await route.AsksMemoryAsync(plan, message, IsQuestion(message), memory) || await route.AsksAboutNamedAsync(plan, message, open, memory))
        {
            // "what have I told you so far?", "who looks after the site manager reqs?", "Kraków rules again pls".
            return Only(plan, PlanIntent.RecallMemory, Step(PlanActions.Recall, null, clientMessageId, message), rules.Say("plan_recall"));
        }

        // "what notice should I expect from Canary Wharf candidates?", read as a follow-up or a status: a wh-question that asks for
        // no work is the memory's when a kept memory plainly answers it.
        if (!Overridable.Contains(plan.Intent) && !(AskedOfProject.Contains(plan.Intent) && Question().IsMatch(message) && !reader.AsksForWork(message)))
        {
            return plan;
        }

        if (IsQuestion(message) && !questions.Read(message).IsGeneral)
        {
            // A conversation's summary answers only a question about past work (read above), not one that names its project.
            var recalled = await memory.Recall(message, 1);
            if (recalled.Count > 0 && recalled[0].Relevance >= AnswersQuestion && recalled[0].Entry.Kind != MemoryKind.Episode)
            {
                return Only(plan, PlanIntent.RecallMemory, Step(PlanActions.Recall, null, clientMessageId, message), rules.Say("plan_recall"));
            }
        }

        return plan;
    }

    /// <summary>Forgets the newest memory, named by its id ("scratch that last one").</summary>
    private Plan ForgetLast(Plan plan, string message, string clientMessageId, MemoryEntry last) =>
        Only(plan, PlanIntent.Forget, Step(PlanActions.Forget, null, clientMessageId, message) with { Inputs = new Dictionary<string, string> { [StepValueNames.Request] = message, [StepValueNames.MemoryIds] = last.Id } }, rules.Say("plan_forget"));

    /// <summary>A remember step that puts the memory it matches right rather than keeping another beside it.</summary>
    private static PlanStep Correcting(PlanStep step) =>
        step with { Inputs = new Dictionary<string, string>(step.Inputs) { [StepValueNames.Corrects] = "true" } };

    /// <summary>
    /// Whether a "scratch that" goes on to say what replaces the memory it points at ("scratch that, it's Tuesdays not
    /// Mondays", "scratch that, Bruce retired, Kylie's running Adelaide now"): a correction of it, not a request to forget it.
    /// </summary>
    private bool CorrectsInstead(string message, string kept) =>
        _forgetThat.Replace(message, " ", 1) is var rest && Filler().Replace(rest, "").Length > 0
        && (reader.Replaces(rest) || (reader.IsCorrection(rest) && (MemoryCorrection.Names(rest).Any(n => !MemoryCorrection.Names(kept).Any(k => MemoryCorrection.SharesWord(k, n)))
            // "scratch that, Agrovale came back and agreed 18% instead": what follows tells the new terms itself.
            || reader.Read(rest).Any(s => s.Corrects))));

    // "no wait", "hmm sorry": words around a "forget that" that say nothing of their own.
    [GeneratedRegex(@"(?:^|(?<=[\s,.;:!-]))(?:no|nah|nope|wait|sorry|oops|ok|okay|hmm+|actually|my\s+bad|pls|please|just|and|yeah|ah|oh)(?=[\s,.;:!-]|$)|[\s,.;:!-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Filler();

    /// <summary>
    /// Whether a message opening with a removal verb asks to forget one part of a kept memory: it says it is a part ("the salary bit",
    /// "everything else stands"), names a name a kept memory holds and the open project does not, and its subject points at a memory.
    /// </summary>
    private async Task<bool> ForgetsPartOfKeptAsync(IRecruiterMemory memory, string message, OpenProject? open)
    {
        if (!_forgetPartOpening.IsMatch(message) || !_forgetPart.IsMatch(message))
        {
            return false;
        }

        var kept = (await memory.List()).Where(e => e.Kind != MemoryKind.Episode).SelectMany(e => MemoryCorrection.Names(e.Text)).ToList();
        var project = ProjectText(open);
        return MemoryCorrection.Names(message).Any(n => kept.Any(k => MemoryCorrection.SharesWord(k, n)) && !project.Contains(n, StringComparison.OrdinalIgnoreCase))
            && await ForgetsMemoryAsync(memory, message);
    }

    /// <summary>Whether the message names a kept memory by what it was about to drop it ("drop the thing about mornings", "scrap the Sunday InMail rule").</summary>
    private async Task<bool> NamesKeptAsync(IRecruiterMemory memory, string message) =>
        _forgetAbout.Match(message) is { Success: true } about && await memory.Rank(ForgetRequestReader.Resolve(about.Groups["subject"].Value, message), 50) is { Count: > 0 } ranked
            && (ranked[0].Relevance >= AnswersQuestion || StandsOut([.. ranked.Select(r => r.Likeness)]));

    /// <summary>The open project's title, places and description as one text, for telling a memory's names from the role's.</summary>
    private static string ProjectText(OpenProject? open) =>
        open is null ? "" : $"{open.Spec.Title} {string.Join(' ', open.Spec.Locations)} {open.Spec.Description}";

    /// <summary>The newest memory, when it was read from the recruiter's message before this one.</summary>
    private static async Task<MemoryEntry?> LastKeptAsync(IRecruiterMemory memory, Func<Task<string?>>? previous) =>
        previous is not null && await previous() is { } said ? await LastKeptFromAsync(memory, said) : null;

    /// <summary>The most words a question that only names other days ("and on Monday?") has, to ask again what the question before asked.</summary>
    public const int ElidedWords = 5;

    /// <summary>Least likeness, and lead over the next, for a memory named in other words to be the one meant.</summary>
    public const double OtherWordsLikeness = 0.25;

    public const double OtherWordsLead = 0.05;

    /// <summary>Whether the most alike of these likenesses is alike enough and clearly ahead of the next.</summary>
    public static bool StandsOut(IReadOnlyList<double> likenesses)
    {
        var sorted = likenesses.OrderDescending().ToList();
        return sorted.Count > 0 && sorted[0] >= OtherWordsLikeness && (sorted.Count == 1 || sorted[0] - sorted[1] >= OtherWordsLead);
    }

    /// <summary>
    /// Whether a correction is of the memory rather than the open project: a name it says is gone ("Stefan
    /// left", "not Scottsdale") is in a memory; or, with no project open, any name it shares with one.
    /// </summary>
    private static async Task<bool> CorrectsMemoryAsync(IRecruiterMemory memory, string text, OpenProject? open, bool roleWords)
    {
        var kept = await memory.List();
        if (kept.Count == 0)
        {
            return false;
        }

        var remembered = kept.SelectMany(e => MemoryCorrection.Names(e.Text)).ToList();
        if (UpdatesNamed(remembered, text, open))
        {
            return true;
        }

        var gone = MemoryCorrection.Gone(text);
        var named = gone.Count > 0 || open is not null ? gone : MemoryCorrection.Names(text);
        var project = ProjectText(open);
        if (named.Any(n => remembered.Any(r => MemoryCorrection.SharesWord(r, n)) && !project.Contains(n, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // "correction, northwind is 20% now" with a role open: a name a told fact or preference holds, said in any case, in a
        // correction that reads nothing of a role (no skill, level, years or number of hires) and is no name of the open project,
        // is that memory's.
        if (open is not null && gone.Count == 0 && !roleWords
            && kept.Where(e => e.Kind is MemoryKind.Fact or MemoryKind.Preference).SelectMany(e => MemoryCorrection.Names(e.Text))
                .Any(r => !project.Contains(r, StringComparison.OrdinalIgnoreCase) && r.Split(' ').Any(w => w.Length > 2 && Regex.IsMatch(text, $@"\b{Regex.Escape(w)}\b", RegexOptions.IgnoreCase, RegexLimit.Time))))
        {
            return true;
        }

        // "tech interviews moved to Thursdays": no name is gone, but a memory plainly says what changes, and the open project does not.
        var recalled = await memory.Recall(text, 1);
        return recalled.Count > 0 && recalled[0].Relevance >= AnswersQuestion && (open is null || recalled[0].Likeness >= AnswersQuestion);
    }

    /// <summary>
    /// Whether a correction is headed by whom or what it updates ("update over Sanne: ze gaat akkoord met 3900", "update on Ashoka: …"), a
    /// name a kept memory holds and the open project does not: it puts that memory right, whatever of a role the planner read in it.
    /// </summary>
    /// <remarks>
    /// Only the project's title and places tell its names apart here: a note told in the message that set the project up ("can you
    /// tidy the planner profiles? fyi Sanne wants 4200") leaves its names in the project's description too, yet an update headed by
    /// that name is the note's.
    /// </remarks>
    private static bool UpdatesNamed(IReadOnlyList<string> remembered, string text, OpenProject? open)
    {
        var project = open is null ? "" : $"{open.Spec.Title} {string.Join(' ', open.Spec.Locations)}";
        return UpdateHeading().Match(text) is { Success: true } heading
            && MemoryCorrection.Names(heading.Groups["about"].Value).Any(n => remembered.Any(r => MemoryCorrection.SharesWord(r, n)) && !project.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    // "update over Sanne:", "quick update on Ashoka -", "cambio en Ortúzar:", "mise à jour chez Ravel,": the heading of an update and whom it is about;
    // "Update Hanse Pflege:", "Änderung Brandl Bau:": a name right after the word, up to a colon, heads one too.
    [GeneratedRegex(@"^\W*(?:(?:quick|small|little|short|kleine|petite|pequeña|pequeno)\s+)?(?:update|change|correction|cambio|actualizaci[oó]n|mise\s+[àa]\s+jour|changement|(?:ä|ae)nderung|wijziging|korrektur|mudan[çc]a|aggiornamento)(?:\s+(?:on|re|for|about|regarding|over|bij|voor|zu|zur|sur|chez|sobre|en|de|su|sul|sulla|per|na|no|em|bei|f(?:ü|ue)r)\s+(?<about>[^:,;.!?\-–—]{2,40})|\s+(?<about>(?-i:\p{Lu})[^:,;.!?\-–—]{1,40}?)\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex UpdateHeading();

    /// <summary>
    /// Whether a bare replacement ("no wait, Wednesdays. sorry") follows the message that left the newest
    /// memory: said right after it, it corrects that memory even when it shares no word with it.
    /// </summary>
    private async Task<bool> CorrectsLastAsync(IRecruiterMemory memory, string text, Func<Task<string?>>? previous) =>
        reader.Replaces(text) && await LastKeptAsync(memory, previous) is not null;

    /// <summary>Whether a correction puts a stored memory right: one it names, or the newest, said right after it; a message that only asks ("if they quit, do we have to replace them?") puts nothing right.</summary>
    private async Task<bool> PutsMemoryRightAsync(IRecruiterMemory memory, string safe, OpenProject? open, Func<Task<string?>>? previous, RequestSlots? slots = null) =>
        safe.Length > 0 && !route.AsksWhatCorrects(safe) && reader.IsCorrection(safe) && (await CorrectsMemoryAsync(memory, safe, open, slots is null || ReadsRole(slots)) || await CorrectsLastAsync(memory, safe, previous));

    /// <summary>Whether the planner read something of a role in a message: a skill, a number of hires, years or a level.</summary>
    private static bool ReadsRole(RequestSlots slots) => slots.Skills.Count > 0 || slots.Count is not null || slots.Years is not null || slots.Seniority is not null;

    /// <summary>
    /// Whether a correction is one of the open role ("actually make it 3 line cooks and they need Tally", said right after a
    /// memory): the planner read skills, a number of hires, years or a level in it for the project, and the newest memory
    /// names none of those skills. "actually they use Greenhouse, not Lever" after "Dublin uses Lever" still corrects the memory.
    /// </summary>
    private static async Task<bool> ChangesTheRoleAsync(Plan plan, string text, OpenProject? open, IRecruiterMemory memory, Func<Task<string?>>? previous)
    {
        var slots = plan.Slots;
        if (open is null || plan.Intent is not (PlanIntent.RefineRequirements or PlanIntent.FindCandidates or PlanIntent.StartProject) || !ReadsRole(slots))
        {
            return false;
        }

        // "update over Sanne: ze gaat akkoord met 3900 bruto" names whom it updates: the figure is hers, not the role's.
        if (UpdatesNamed([.. (await memory.List()).SelectMany(e => MemoryCorrection.Names(e.Text))], text, open))
        {
            return false;
        }

        // "actually cap it at 5 profiles" of "…max 8 profiles": a number of what the newest memory counts, with no job named in it, is the memory's.
        return await LastKeptAsync(memory, previous) is not { } last
            || (!slots.Skills.Any(skill => last.Text.Contains(skill, StringComparison.OrdinalIgnoreCase)) && !(!slots.Titles.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)) && MemoryCorrection.CountsAlike(last.Text, text)));
    }

    /// <summary>Whether a message that opens by asking to forget points at the memory: all of it, or a subject a memory shares a word with or plainly resembles.</summary>
    private async Task<bool> ForgetsMemoryAsync(IRecruiterMemory memory, string message)
    {
        var target = forgets.Read(message);
        if (target.All)
        {
            return true;
        }

        if (target.Last || target.Subject.Length == 0)
        {
            return false;
        }

        var subject = words.Content(target.Subject);
        var ranked = await memory.Rank(target.Subject, 50);
        return ranked.Any(r => words.Shared(words.Content(r.Entry.Text), subject) > 0) || StandsOut([.. ranked.Select(r => r.Likeness)]);
    }

    /// <summary>The newest memory, when it was read from the recruiter's message before this one.</summary>
    private static async Task<MemoryEntry?> LastKeptFromAsync(IRecruiterMemory memory, string previous)
    {
        var kept = await memory.List();
        return kept.Count > 0 && kept[0].Source.Kind == MemorySource.Message && previous.Contains(kept[0].Source.Quote, StringComparison.Ordinal) ? kept[0] : null;
    }

    private static PlanStep Step(string action, string? text, string clientMessageId, string message, string? context = null, string? scope = null)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [StepValueNames.Request] = message,
            [StepValueNames.SourceMessage] = clientMessageId,
        };
        if (text is not null)
        {
            inputs[StepValueNames.Text] = text;
        }

        if (context is not null)
        {
            inputs[StepValueNames.MemoryContext] = context;
        }

        if (scope is not null)
        {
            inputs[StepValueNames.MemoryScope] = scope;
        }

        return new PlanStep(AgentKind.Memory, action, inputs, false);
    }

    private static Plan Only(Plan plan, PlanIntent intent, PlanStep step, string summary) =>
        plan with { Intent = intent, Steps = [step], Summary = summary, ProjectId = null };

    private static bool IsQuestion(string message) => MemoryQuestionRoute.EndsAsking(message) || Question().IsMatch(message);

    // "when you shortlist for Brex, …": when or where and then who does it opens a condition, not a question.
    // "who's who at Ardent:", "what she actually needs: …" open a note.
    [GeneratedRegex(@"^\W*(?:who(?!(?:['’]s|\s+is)\s+who\b|\s+does\s+what\b)|whom|whose|which|what(?!\s+(?:he|she|they|we)\s+(?:(?:actually|really|can|could|do|does)\s+){0,2}(?:need|want|require|expect)s?\b[^?]*:)|how|wer|wann|welche[rs]?|wie|was|wo|(?:when|where)(?!\s+(?:you|u|we|i|they|he|she)\s+(?!(?:do|does|did|is|are|was|were|can|could|will|would|should|shall|have|has|had|must|need|think|reckon|know)\b)\p{L}))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Question();
}
