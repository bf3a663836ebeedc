namespace Hiring.Agents.Memory;

/// <summary>
/// Reads a question to the memory ("what did I tell you about agencies?") into its subject, without the
/// words that only frame it; the days it names ("on Monday", "last week") into a period, read against the
/// clock when one is given; and whether it asks what was discussed or done ("recap our conversation", "what happened with the Berlin search?").
/// </summary>
public sealed class MemoryQuestionReader(MemoryRules rules, MemoryWords words, TimePhraseReader times)
{
    private readonly HashSet<string> _frame = [.. rules.RecallFrameWords];
    private readonly HashSet<string> _preferences = [.. rules.PreferenceWords];
    private readonly System.Text.RegularExpressions.Regex _recap = MemoryRules.Any([rules.RecapCues]);
    private readonly System.Text.RegularExpressions.Regex _ownLiking = MemoryRules.Any([rules.OwnLikingQuestions]);
    private readonly System.Text.RegularExpressions.Regex _episode = MemoryRules.Any([rules.EpisodeQuestions]);
    private readonly System.Text.RegularExpressions.Regex _habit = MemoryRules.Any([rules.HabitQuestions]);
    private readonly System.Text.RegularExpressions.Regex _past = MemoryRules.Any([rules.PastCues]);

    /// <param name="question">The question as written.</param>
    /// <param name="now">The clock's time, to read the days named; without it they are left out of the subject but not read.</param>
    public MemoryQuery Read(string question, DateTimeOffset? now = null)
    {
        var phrase = Days(question);
        var text = phrase is null ? question : TimePhraseReader.Without(question, phrase);
        var recap = _recap.Match(text);
        if (recap.Success)
        {
            text = text.Remove(recap.Index, recap.Length).Insert(recap.Index, " ");
        }

        var all = MemoryWords.Split(text);
        var preferences = all.Any(_preferences.Contains) || _ownLiking.IsMatch(question);
        // "which days am I around for calls?": a kind asked for is the subject, though "days" only frames "3 days ago".
        var subject = all.Where((w, i) => (!_frame.Contains(w) || AskedKind(all, i)) && !_preferences.Contains(w)).ToList();
        var when = phrase is not null && now is { } at ? times.Resolve(phrase, at) : null;
        // "what happened with the data engineer search?" asks about past work as a recap does: the conversations answer it too.
        return new MemoryQuery(string.Join(' ', subject), words.Content(string.Join(' ', subject)), preferences, when, recap.Success || _episode.IsMatch(question));
    }

    /// <summary>Whether the word at i names a kind the question asks which of ("which days", "what time").</summary>
    private bool AskedKind(IReadOnlyList<string> all, int i) =>
        i > 0 && all[i - 1] is "which" or "what" && words.NamesKind(all[i]);

    /// <summary>Whether the question asks how the recruiter likes things done ("how do I like candidates presented?").</summary>
    public bool AsksOwnLiking(string question) => _ownLiking.IsMatch(question);

    /// <summary>Whether the question names days ("yesterday", "in October").</summary>
    public bool NamesDays(string question) => Days(question) is not null;

    /// <summary>
    /// The days the question names; not a weekday of a question about how things are done ("which office does thursday
    /// panels?", "who runs Friday interviews?"): that asks about a habit, not about what was said that day.
    /// </summary>
    private TimePhrase? Days(string question) =>
        times.Find(question) is { } phrase && !(phrase.Kind == "weekday" && !phrase.Last && _habit.IsMatch(question) && !_past.IsMatch(question)) ? phrase : null;

    /// <summary>Whether the question asks what was discussed or done ("what did we talk about", "recap our conversation").</summary>
    public bool AsksRecap(string question) => _recap.IsMatch(question);
}
