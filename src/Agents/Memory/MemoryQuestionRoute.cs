using System.Text.RegularExpressions;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// Whether a message the planner read as something else is a question to the recruiter's memory. Recruiters
/// rarely say "remember" when they ask: "what have I told you so far?", "how do I like candidates presented?",
/// "who looks after the site manager reqs?", "Kraków rules again pls". Three readings, from the surest:
/// a question about what the recruiter told the assistant (with anything kept, the memory answers it,
/// even to say it knows nothing of that); a question about someone's liking or who does what, when a kept
/// memory shares its subject; and a message the planner could not place (chat, or a project with no job
/// to set up) whose subject a kept memory plainly answers, instead of asking for a job title. A question about when or how
/// someone else works ("when can Milan interview people?") read as booking a screen is the memory's when a kept memory plainly answers it.
/// A question about how a thing should be done or about the recruiter's own ways ("where should Coastline candidates turn up?",
/// "earliest I'll take a client call?") is the memory's when a kept memory shares its subject; so is a question the planner could
/// not place when a kept memory answers more of it than a name ("if a Halden hire walks early, how long do we replace for?"), and a
/// question in any language about someone or something only a kept memory names ("¿quién da el visto bueno en Girona?").
/// </summary>
public sealed partial class MemoryQuestionRoute(MemoryRules rules, MemoryQuestionReader questions, MemoryWords words, MemoryStatementReader reader)
{
    /// <summary>At or above this relevance a kept memory shares a content word with the question (see MemoryBook's relevance).</summary>
    public const double SharesSubject = 0.55;

    /// <summary>
    /// The fewest of an unplaced question's words a kept memory answers to answer it though it does not plainly: more than the
    /// place or the name they share ("what's the weather like in Cork?" is nothing a memory about the Cork office answers).
    /// </summary>
    public const int AnsweredWords = 2;

    // Readings that a question about what the recruiter told, or who does what, is mistaken for ("when do I want my digest?" read as
    // overnight work); never a request to act on candidates or the open project's pipeline by itself.
    private static readonly HashSet<PlanIntent> Misread =
    [
        PlanIntent.Unknown, PlanIntent.SmallTalk, PlanIntent.StartProject, PlanIntent.RefineRequirements, PlanIntent.FindCandidates,
        PlanIntent.ShowCandidate, PlanIntent.DraftOutreach, PlanIntent.SummarizeTranscript, PlanIntent.PrepareScreeningQuestions,
        PlanIntent.SetAvailability, PlanIntent.ProjectStatus, PlanIntent.FollowUp, PlanIntent.ExplainDecision, PlanIntent.Overnight,
    ];

    private readonly Regex _told = MemoryRules.Any([rules.ToldQuestions]);
    private readonly Regex _liking = MemoryRules.Any([rules.LikingQuestions]);
    private readonly Regex _topic = MemoryRules.Any([rules.TopicAsks]);
    private readonly Regex _others = MemoryRules.Any([rules.OthersQuestions]);
    private readonly Regex _standing = MemoryRules.Any([rules.StandingQuestions]);
    private readonly Regex _wh = MemoryRules.Any([rules.WhQuestions]);
    private readonly Regex _yesNo = MemoryRules.Any([rules.YesNoOpeners]);
    private readonly Regex _correction = MemoryRules.Any(rules.CorrectionCues);

    /// <summary>Whether to answer <paramref name="message"/> from the memory rather than as <paramref name="plan"/> says.</summary>
    /// <param name="plan">The planner's plan for the message.</param>
    /// <param name="message">The message as the recruiter wrote it.</param>
    /// <param name="isQuestion">Whether the message reads as a question (a "?" or a question word first).</param>
    /// <param name="memory">The recruiter's memory.</param>
    public async Task<bool> AsksMemoryAsync(Plan plan, string message, bool isQuestion, IRecruiterMemory memory)
    {
        if (plan.Intent == PlanIntent.ScheduleScreen)
        {
            // "when can Milan interview people?" asks how someone else works, and "which days am I around for calls?" or "who sits on
            // Corvel interviews?" how the recruiter's week or a client's panel goes, not to book anyone: a memory that plainly answers it does.
            // The latter names what it asks about, so a memory that shares its subject answers it.
            var asksHow = _liking.IsMatch(message) || _standing.IsMatch(message);
            return isQuestion && (asksHow || _others.IsMatch(message)) && !questions.Read(message).IsGeneral
                && (await memory.Recall(message, 1)) is [{ Relevance: var relevance }, ..] && relevance >= (asksHow ? SharesSubject : MemoryPlan.AnswersQuestion);
        }

        if (!Misread.Contains(plan.Intent))
        {
            return false;
        }

        // "when does Priya like calls?" is never a request to explain a decision, and with nothing kept the memory
        // still answers it (that it knows nothing of that) rather than anything else quoting what was forgotten.
        var asksLiking = isQuestion && (_liking.IsMatch(message) || questions.AsksOwnLiking(message));
        if (asksLiking && plan.Intent == PlanIntent.ExplainDecision)
        {
            return true;
        }

        var kept = await memory.List();
        if (kept.Count == 0)
        {
            return isQuestion && plan.Intent is PlanIntent.Unknown or PlanIntent.SmallTalk && (asksLiking || _told.IsMatch(message));
        }

        if (isQuestion && _told.IsMatch(message))
        {
            return true;
        }

        // "thanks, the Kraków shortlist looks good" is chat that names a memory's subject, not a question to it.
        var unplaced = (plan.Intent == PlanIntent.Unknown || (plan.Intent == PlanIntent.SmallTalk && isQuestion)) || IsEmptyProject(plan);
        var liking = asksLiking || _topic.IsMatch(message) || (isQuestion && _standing.IsMatch(message));
        if (!unplaced && !liking)
        {
            return false;
        }

        var query = questions.Read(message);
        if (query.IsGeneral)
        {
            return false;
        }

        if (isQuestion && questions.AsksOwnLiking(message) && kept.Any(e => e.Kind == MemoryKind.Preference))
        {
            return true;
        }

        var recalled = await memory.Recall(message, 1);
        // A question the planner would only answer by asking what the job is ("and for Cape Town ads?") is better answered by a
        // memory that shares its subject than refused; not by a conversation's summary, when a
        // project was read ("the physiotherapist one - can you add Hamilton?" names the project of an earlier conversation).
        // A question about something the assistant does not do ("any idea what the weather's like in Leeds?") is not answered by
        // a memory that only shares its place: it takes a memory that plainly answers it.
        // "liam's salary ask + locations", with no question mark, asks the same as "Liam's salary ask?": a few words about someone's something.
        var asks = isQuestion || (IsEmptyProject(plan) && Possessive().IsMatch(message) && MemoryWords.Split(message).Count <= FragmentWords);
        // "hvem er projektleder hos Nordhavn Byg?", which the planner could not place, is answered by a memory that shares a word
        // of it other than a place ("the weather in Leeds?" is not answered by a memory about the Leeds office).
        var unplacedAsked = isQuestion && plan.Intent == PlanIntent.Unknown && recalled is [{ Entry.Kind: not MemoryKind.Episode } named, ..]
            && SharesBeyondPlaces(named.Entry.Text, query.Words, plan);
        var least = liking || unplacedAsked || (asks && IsEmptyProject(plan) && recalled is [{ Entry.Kind: not MemoryKind.Episode }, ..])
            || (isQuestion && recalled is [{ Entry.Kind: not MemoryKind.Episode } best, ..] && words.Shared(words.Content(best.Entry.Text), query.Words) >= AnsweredWords)
            ? SharesSubject : MemoryPlan.AnswersQuestion;
        return recalled.Count > 0 && recalled[0].Relevance >= least;
    }

    /// <summary>
    /// Whether a question that asks for no work, in any language, is about someone or something a kept memory names: "where do
    /// Kellermann finalists travel for the last stage?", "¿quién da el visto bueno en Girona?", "Fairholm interview days?". However the
    /// planner read it (chat, a search, a screen to book), the memory is all that knows of them; a place the planner read ("the weather
    /// in Cork?") or a name of the open project ("which candidates for Meridian?", unless the planner could not place the question) is no such subject, and a status, a follow-up or a
    /// decision to explain with a project open is the project's. With no project open a plan to draft, book or report has nothing to
    /// act on, so a memory that shares any word of the question answers it ("come firmo le mie email ai clienti?").
    /// </summary>
    public async Task<bool> AsksAboutNamedAsync(Plan plan, string message, OpenProject? open, IRecruiterMemory memory)
    {
        // "who's the hiring manager at Calder?" read as feedback on candidates: a wh-question judges no one.
        var readable = Misread.Contains(plan.Intent) || plan.Intent == PlanIntent.ScheduleScreen || (plan.Intent == PlanIntent.CandidateFeedback && _wh.IsMatch(message));
        if (!readable || plan.Intent == PlanIntent.ExplainDecision || (open is not null && plan.Intent is PlanIntent.ProjectStatus or PlanIntent.FollowUp)
            || !EndsAsking(message) || reader.AsksForWork(message)
            || !(_wh.IsMatch(message) || (MemoryWords.Split(message).Count <= FragmentWords && !_yesNo.IsMatch(message))))
        {
            return false;
        }

        if ((await memory.Recall(message, 1)) is not [{ Entry.Kind: not MemoryKind.Episode } best, ..] || best.Relevance < SharesSubject)
        {
            return false;
        }

        if (ActsOnNoProject(plan, open))
        {
            return true;
        }

        // A question the planner could not place is none about the open project, though the message that set it up named the same client.
        var project = open is null || plan.Intent == PlanIntent.Unknown ? [] : (IEnumerable<string>)[open.Spec.Title, open.Spec.Description, .. open.Spec.Locations];
        var elsewhere = plan.Slots.Locations.Concat(project).SelectMany(t => words.Content(t)).ToHashSet(StringComparer.Ordinal);
        var asked = questions.Read(message).Words;
        return MemoryCorrection.Names(best.Entry.Text).SelectMany(n => words.Content(n)).Any(n => asked.Contains(n, StringComparer.Ordinal) && !elsewhere.Contains(n));
    }

    /// <summary>
    /// Whether every word of the message that would put a memory right is asked about, not told ("if they quit in month two, do we
    /// have to replace them?", "has Marcus left?"): such a message corrects nothing. "Ortega moved the panel, did you get that?" tells it.
    /// </summary>
    public bool AsksWhatCorrects(string message) =>
        _correction.Matches(message) is { Count: > 0 } cues && cues.All(c => Asked(message, c.Index));

    /// <summary>Whether the words at <paramref name="at"/> are in a question: the part of the sentence they open or are in ends in "?" before any comma.</summary>
    private static bool Asked(string message, int at)
    {
        var end = message.IndexOfAny(['?', '？', '.', '!', ';', '\n', ','], at);
        return end >= 0 && message[end] is '?' or '？';
    }

    /// <summary>A plan that acts on a project (drafts, screens, a status, a follow-up) when none is open: it has nothing to act on.</summary>
    public static bool ActsOnNoProject(Plan plan, OpenProject? open) =>
        open is null && plan.ProjectId is null && plan.Intent is PlanIntent.ScheduleScreen or PlanIntent.DraftOutreach or PlanIntent.ProjectStatus or PlanIntent.FollowUp or PlanIntent.ShowCandidate
            or PlanIntent.SummarizeTranscript or PlanIntent.PrepareScreeningQuestions;

    /// <summary>
    /// Whether the message ends as a question does: with "?", or, in Hindi written in Latin letters, with the question word and the verb
    /// that end it ("Infonexa HM kaun hai", "notice kitna tha", "interview kab hota h").
    /// </summary>
    public static bool EndsAsking(string message) =>
        message.TrimEnd() is var said && (said.EndsWith('?') || said.EndsWith('？') || HindiAsked().IsMatch(said));

    [GeneratedRegex(@"\b(?:kaun|kaunsa|kaunsi|kya|kab|kahan|kahaan|kitna|kitni|kitne|kaise|kaisa|kiska|kiski|kiske)\s+(?:sa\s+|si\s+|se\s+)?(?:hai|hain|h|he|tha|thi|the|hota|hoti|hote|hoga|hogi|honge)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex HindiAsked();

    /// <summary>The most words of a fragment about someone's something ("liam's salary ask + locations") read as a question.</summary>
    public const int FragmentWords = 6;

    // "liam's …", "Halden's …": a fragment opening with whose it is.
    [GeneratedRegex(@"^\W*\p{L}+['’]s\s+\p{L}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Possessive();

    /// <summary>Whether the memory shares a word with the question other than the words of the places the plan read.</summary>
    private bool SharesBeyondPlaces(string memory, IEnumerable<string> asked, Plan plan)
    {
        var places = plan.Slots.Locations.SelectMany(l => words.Content(l)).ToHashSet(StringComparer.Ordinal);
        return words.Content(memory).Intersect(asked, StringComparer.Ordinal).Any(w => !places.Contains(w));
    }

    /// <summary>A project the planner would start without a job title or a headcount: it would only ask what the job is.</summary>
    public static bool IsEmptyProject(Plan plan) =>
        plan.Intent == PlanIntent.StartProject && plan.Slots.Titles.Count == 0 && plan.Slots.Count is null && plan.ProjectId is null;
}
