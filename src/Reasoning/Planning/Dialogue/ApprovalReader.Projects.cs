using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>Which projects a verdict names among those something waits in, and the question which when it could mean several.</summary>
public sealed partial class ApprovalReader
{
    /// <summary>
    /// The projects with something waiting that the message names by a word of their title or their city, or its beginning,
    /// that no other such project shares ("the Leeds one" beside Sheffield's, "the sommelier reqs" beside the bartender's,
    /// "the care assistant one" for a caregiver beside a nurse), or by two words side by side as the recruiter wrote them in
    /// its request and in no other's ("the care worker quals" for a role whose title was read otherwise), and those words as said.
    /// </summary>
    private (HashSet<string> Ids, HashSet<string> Words) NamedProjects(string message, DialogueState dialogue)
    {
        var waitingIn = dialogue.Waiting.Select(w => w.ProjectId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var projects = dialogue.Projects
            .Where(p => waitingIn.Contains(p.ProjectId)).DistinctBy(p => p.ProjectId).ToList();
        var words = projects.ToDictionary(p => p.ProjectId, NameWords, StringComparer.Ordinal);
        var said = Tokenizer.Tokenize(message).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var naming = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, own) in words)
        {
            var distinct = said.Where(s => NamesWord(own, s) && words.All(o => o.Key == id || !NamesWord(o.Value, s))).ToList();
            if (projects.Count > 1 && distinct.Count > 0)
            {
                ids.Add(id);
                naming.UnionWith(distinct);
            }
        }

        // The words each request was written with, read once for the pairs and the long words that name it.
        var requests = projects.Count > 1 ? projects.ToDictionary(p => p.ProjectId, p => Tokenizer.Tokenize(p.Spec.Description).Select(t => t.Folded).ToList(), StringComparer.Ordinal) : [];
        var written = requests.ToDictionary(r => r.Key, r => Pairs(r.Value), StringComparer.Ordinal);
        var tokens = Tokenizer.Tokenize(message).Select(t => t.Folded).ToList();
        for (var i = 0; written.Count > 0 && i + 1 < tokens.Count; i++)
        {
            var pair = $"{tokens[i]} {tokens[i + 1]}";
            if (PairWord(tokens[i]) && PairWord(tokens[i + 1]) && written.Where(w => w.Value.Contains(pair)).Select(w => w.Key).ToList() is [var owner])
            {
                ids.Add(owner);
                naming.UnionWith([tokens[i], tokens[i + 1]]);
            }
        }

        // "Beim Lohnbuchhalter nicht", "de zoekopdracht voor de chauffeurs": a long word of one request alone, as written or as the head
        // of a compound in it ("vrachtwagenchauffeur"), names that project.
        var longWords = requests.ToDictionary(r => r.Key, r => r.Value.Where(w => w.Length >= LongWord && w.All(char.IsLetter)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var word in tokens.Where(t => t.Length >= LongWord && PairWord(t)).Distinct(StringComparer.Ordinal))
        {
            if (longWords.Where(o => o.Value.Any(w => WritesWord(w, word))).Select(o => o.Key).ToList() is [var owner])
            {
                ids.Add(owner);
                naming.Add(word);
            }
        }

        return (ids, naming);
    }

    /// <summary>The fewest letters of a word of a request that names its project alone.</summary>
    private const int LongWord = 6;

    /// <summary>Whether a word of a request is the word said, or begins with it or it with the word, or ends with it as a compound's head ("vrachtwagenchauffeur", "chauffeurs").</summary>
    private static bool WritesWord(string written, string said)
    {
        var stem = said.TrimEnd('s');
        return written == said || written.StartsWith(said, StringComparison.Ordinal) || said.StartsWith(written, StringComparison.Ordinal)
            || (stem.Length >= LongWord && written.Length > stem.Length && written.EndsWith(stem, StringComparison.Ordinal));
    }

    /// <summary>A word that may name a project beside another: of three letters or more, neither filler nor a word for what waits.</summary>
    private bool PairWord(string word) =>
        word.Length >= 3 && word.All(char.IsLetter) && !_filler.IsMatch(word) && !_kinds.Any(k => Any(k.Cues, word)) && !Any(_all, word);

    /// <summary>The words side by side in a request as written, folded ("care worker", "worker same").</summary>
    private static HashSet<string> Pairs(List<string> words) => [.. words.Zip(words.Skip(1), (a, b) => $"{a} {b}")];

    /// <summary>Whether a word said names one of a project's words, or begins one or with one ("care" for "caregiver", "nurses" for "nurse").</summary>
    private static bool NamesWord(HashSet<string> own, string said) =>
        own.Contains(said) || (said.Length >= 4 && own.Any(w => w.StartsWith(said, StringComparison.Ordinal) || said.StartsWith(w, StringComparison.Ordinal)));

    /// <summary>A project's title words, as written and as normalized, and its cities, folded ("care assistant", "caregiver"; "leeds").</summary>
    private static HashSet<string> NameWords(OpenProject project) =>
        Tokenizer.Tokenize(string.Join(' ', project.Spec.Locations.Select(l => l.Split(',')[0]).Prepend(project.Spec.NormalizedTitle).Prepend(project.Spec.Title)))
            .Where(t => t.Folded.Length >= 3 && t.Folded.All(char.IsLetter))
            .Select(t => t.Folded)
            .ToHashSet(StringComparer.Ordinal);

    private string Ask(bool approve, IReadOnlyList<PendingApproval> meant, DialogueState dialogue)
    {
        // "the qualifications (…); or the qualifications (…)" cannot be answered: choices of several projects say whose they are.
        var titles = meant.Select(w => w.ProjectId).Distinct().Count() > 1
            ? dialogue.Projects.DistinctBy(p => p.ProjectId)
                .ToDictionary(p => p.ProjectId, ProjectName, StringComparer.Ordinal)
            : [];
        var choices = meant.Select(w => w.ProjectId is { } id && titles.TryGetValue(id, out var project)
            ? _projectChoice.Replace("{kind}", KindName(w), StringComparison.Ordinal).Replace("{project}", project, StringComparison.Ordinal)
                .Replace("{summary}", w.Summary.TrimEnd('.'), StringComparison.Ordinal)
            : $"{KindName(w)} ({w.Summary.TrimEnd('.')})");
        return _question.Replace("{verdict}", _verdicts[approve ? 0 : 1], StringComparison.Ordinal)
            .Replace("{choices}", string.Join("; or ", choices), StringComparison.Ordinal);
    }

    /// <summary>A project as the recruiter knows it: its title, and its first place when it has one ("Warehouse Manager (Zaragoza)").</summary>
    private static string ProjectName(OpenProject project) =>
        project.Spec.Locations is [{ Length: > 0 } place, ..] ? $"{project.Spec.Title} ({place.Split(',')[0]})" : project.Spec.Title;
}
