using System.Text.RegularExpressions;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
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
/// not place when a kept memory answers more of it than a name ("if a Halden hire walks early, how long do we replace for?").
/// </summary>
public sealed partial class MemoryQuestionRoute(MemoryRules rules, MemoryQuestionReader questions, MemoryWords words)
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
        var least = liking || (asks && IsEmptyProject(plan) && recalled is [{ Entry.Kind: not MemoryKind.Episode }, ..])
            || (isQuestion && recalled is [{ Entry.Kind: not MemoryKind.Episode } best, ..] && words.Shared(words.Content(best.Entry.Text), query.Words) >= AnsweredWords)
            ? SharesSubject : MemoryPlan.AnswersQuestion;
        return recalled.Count > 0 && recalled[0].Relevance >= least;
    }

    /// <summary>The most words of a fragment about someone's something ("liam's salary ask + locations") read as a question.</summary>
    public const int FragmentWords = 6;

    // "liam's …", "Halden's …": a fragment opening with whose it is.
    [GeneratedRegex(@"^\W*\p{L}+['’]s\s+\p{L}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Possessive();

    /// <summary>A project the planner would start without a job title or a headcount: it would only ask what the job is.</summary>
    public static bool IsEmptyProject(Plan plan) =>
        plan.Intent == PlanIntent.StartProject && plan.Slots.Titles.Count == 0 && plan.Slots.Count is null && plan.ProjectId is null;
}
