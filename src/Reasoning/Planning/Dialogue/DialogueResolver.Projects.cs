using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>Which of the recruiter's earlier projects a message names ("back to the paralegal one", "the kyc one"), and by which names.</summary>
public sealed partial class DialogueResolver
{
    /// <summary>
    /// "back to the paralegal one: make it hybrid", "ok, the accountant search — add Exact Online": one of the recruiter's
    /// earlier projects named by its title, with words that go back to it or name it as a project; not when the open
    /// project has that title too (then the message is about the open one). When <paramref name="namedOnly"/> (the message also asks
    /// for another role), only a project named as one ("the paralegal one", "agronomist -") is gone back to.
    /// </summary>
    private OpenProject? ReturnsTo(string message, MessageFacts facts, DialogueState dialogue, bool namedOnly)
    {
        foreach (var other in dialogue.Recent)
        {
            var title = other.Spec.NormalizedTitle;
            if (!NamesTitle(message, facts, title))
            {
                continue;
            }

            if (dialogue.Project is { } open && string.Equals(open.Spec.NormalizedTitle, title, StringComparison.Ordinal))
            {
                return null;
            }

            if (rules.GoesBack(message) || rules.NamesAsProject(message, title) || (facts.TitleWritten is { } written && rules.NamesAsProject(message, written)))
            {
                return other;
            }

            if (namedOnly)
            {
                continue;
            }

            // "the practice manager needs NVQ 4" while another project is open: the earlier project of that very title,
            // named nowhere else than where it is, is that project, not a second one.
            if (string.Equals(facts.Title, title, StringComparison.Ordinal) && !rules.MentionsAnotherProject(message) && !rules.RepeatsRole(message)
                && facts.Places.All(p => Places(other.Spec).Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
            {
                return other;
            }
        }

        // "back to the payroll one", "for the Berlin one": a word of only that project's name, named as a project.
        var openWords = dialogue.Project is { } current ? NameWords(current.Spec) : [];
        var named = dialogue.Recent.Where(other => NamesEarlier(message, facts, other.Spec, openWords)).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// Whether a word of only this project's name (not the open one's) names it: as a project ("the kyc one", "the den haag fm
    /// role", "for the techs -"), after "for" ("budget for kyc", "a bonus for the techs") or as the people asked for ("find fm
    /// candidates"); the last two only in a message that names no title or place of its own.
    /// </summary>
    private bool NamesEarlier(string message, MessageFacts facts, JobSpec spec, HashSet<string> openWords)
    {
        var titleWords = TitleNameWords(spec);
        var own = facts.TitleWritten is not { } written || TitleWords(written).All(titleWords.Contains);
        var bare = facts.Title is null && facts.Places.Count == 0;
        return NameWords(spec).Where(word => !openWords.Contains(word)).Any(word => word.Length > 2
            ? rules.NamesAsProject(message, word) || (own && rules.NamesAsProjectAmongWords(message, word))
                || (bare && titleWords.Contains(word) && (DialogueRules.NamesAfterFor(message, word) || rules.AsksForPeopleOf(message, word)))
            // Two letters name a project only beside a project's noun or people ("the qa one", "fm candidates"), never a function word.
            : word.Length == 2 && !words.FunctionWords.Contains(word)
                && ((own && rules.NamesAsProjectAmongWords(message, word)) || (bare && titleWords.Contains(word) && rules.AsksForPeopleOf(message, word))));
    }

    /// <summary>The names a project goes by: its title, the title a message wrote for it, then the words of its name (<see cref="NameWords"/>), longest first.</summary>
    public IEnumerable<string> NamesOf(JobSpec spec, string? written) =>
        [spec.NormalizedTitle, .. written is null ? Array.Empty<string>() : [written], .. NameWords(spec).OrderByDescending(word => word.Length)];

    /// <summary>The message names the title: as read, as written in full, or in fewer of its words ("the mechanical engineer" for "mechanical design engineer").</summary>
    private static bool NamesTitle(string message, MessageFacts facts, string title)
    {
        if (string.Equals(facts.Title, title, StringComparison.Ordinal) || message.Contains(title, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = TitleWords(title);
        return facts.TitleWritten is { } written && TitleWords(written) is { Length: > 0 } said && said.All(words.Contains);
    }

    /// <summary>The words a project goes by: those of its title and its places ("backend", "engineer", "berlin").</summary>
    private HashSet<string> NameWords(JobSpec spec) =>
        [.. TitleNameWords(spec), .. Places(spec).Select(p => p.ToLowerInvariant())];

    /// <summary>
    /// The words a project's title goes by: those of the title as read and as its request wrote it ("kyc analyst" for an aml
    /// analyst), their short forms ("tech" for technician) and the initials of a title of several words ("fm" for facilities manager).
    /// </summary>
    private HashSet<string> TitleNameWords(JobSpec spec)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in WrittenTitles(spec).Prepend(spec.NormalizedTitle))
        {
            var content = TitleWords(title).Where(word => !words.FunctionWords.Contains(word)).ToList();
            names.UnionWith(content.SelectMany(word => words.ShortForms(word).Prepend(word)));
            if (content.Count > 1)
            {
                names.Add(string.Concat(content.Select(word => word[0])));
            }
        }

        return names;
    }

    /// <summary>The project's title as its request writes it, where the vocabulary reads it there ("QA automation engineer" for a test automation engineer).</summary>
    private IEnumerable<string> WrittenTitles(JobSpec spec) =>
        titles.Find(spec.Description).Where(m => string.Equals(m.Value.Name, spec.NormalizedTitle, StringComparison.OrdinalIgnoreCase)).Select(m => m.Text);
}
