using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// The level a request names: "senior", "sr", "entry level", "new grad" count anywhere; "mid", "staff",
/// "principal" and "lead" only right before a title, where they cannot be everyday words; "mid" also
/// standing alone at the end of a clause ("backend engineer, mid", "not senior — mid", "mid instead");
/// and every level that ends a clause as the object of an edit ("bump it to staff", "make it a lead role").
/// </summary>
public sealed class SeniorityReader
{
    private readonly PhraseIndex<string> _anywhere = new();
    private readonly PhraseIndex<string> _beforeTitle = new();
    private readonly PhraseIndex<string> _alone = new();
    private readonly PhraseIndex<string> _object = new();
    private readonly HashSet<string> _aloneBefore;
    private readonly HashSet<string> _objectAfter;
    private readonly HashSet<string> _notAfter;
    private readonly HashSet<string> _notPrefixes;

    public SeniorityReader(RequestRulesFile rules)
    {
        foreach (var (level, words) in rules.Seniority.Anywhere)
        {
            foreach (var word in words)
            {
                _anywhere.Add(word, level, PhraseOptions.NoPlural);
            }
        }

        foreach (var (level, words) in rules.Seniority.BeforeTitle)
        {
            foreach (var word in words)
            {
                _beforeTitle.Add(word, level, PhraseOptions.NoPlural);
            }
        }

        foreach (var (level, words) in rules.Seniority.Alone)
        {
            foreach (var word in words)
            {
                _alone.Add(word, level, PhraseOptions.NoPlural);
            }
        }

        foreach (var (level, words) in rules.Seniority.EditObject)
        {
            foreach (var word in words)
            {
                _object.Add(word, level, PhraseOptions.NoPlural);
            }
        }

        _objectAfter = new HashSet<string>(rules.Seniority.EditObjectAfter.Select(TokenFold.Key), StringComparer.Ordinal);
        _notAfter = new HashSet<string>(rules.NotSeniorityAfter.Select(TokenFold.Key), StringComparer.Ordinal);
        _notPrefixes = new HashSet<string>(rules.NotSeniorityPrefixes.Select(TokenFold.Key), StringComparer.Ordinal);
        _aloneBefore = new HashSet<string>(rules.Seniority.AloneBefore.Select(TokenFold.Key), StringComparer.Ordinal);
    }

    /// <summary>The level a word names wherever it stands ("senior", "principal"), or null.</summary>
    public string? LevelOf(string word) => _anywhere.TryGet(word, out var level) || _beforeTitle.TryGet(word, out level) ? level : null;

    /// <summary>Levels the reader knows, for other readers that must not take them for anything else.</summary>
    public bool IsLevelWord(string word) => _anywhere.TryGet(word, out _) || _beforeTitle.TryGet(word, out _);

    /// <summary>
    /// The level and the token span that names it. <paramref name="titleStarts"/> are the token
    /// indexes where titles begin: before-title words count when they end right there.
    /// </summary>
    public SeniorityMention? Read(string text, IReadOnlyList<Token> tokens, IReadOnlyCollection<int> titleStarts)
    {
        // "mid not sr", "not jr, mid pls": a level said not to be the one is read only when no other is named; so is a level
        // compared ("more senior than I thought - principal level").
        bool Negated(SeniorityMention mention) => mention.FirstToken > 0 && tokens[mention.FirstToken - 1].Folded is "not" or "no" or "more" or "less";
        var all = Mentions(text, tokens, titleStarts).ToList();
        SeniorityMention? best = null;
        foreach (var mention in all.Any(m => !Negated(m)) ? all.Where(m => !Negated(m)) : all)
        {
            best = Prefer(best, mention, titleStarts);
        }

        return best;
    }

    private IEnumerable<SeniorityMention> Mentions(string text, IReadOnlyList<Token> tokens, IReadOnlyCollection<int> titleStarts)
    {
        foreach (var match in _anywhere.FindAll(text, tokens))
        {
            // "senior stakeholders", "graduate degree": an adjective, not a level.
            var next = match.EndToken < tokens.Count ? tokens[match.EndToken] : default;
            if (next.Kind == TokenKind.Word && next.Folded is { } word && _notAfter.Contains(word))
            {
                continue;
            }

            // "post-grad experience", "non-graduate route": a prefix joined to the word makes it another word.
            if (JoinedToPrefix(text, tokens, match.FirstToken, match.Start))
            {
                continue;
            }

            yield return new SeniorityMention(match.Value, match.FirstToken, match.TokenCount);
        }

        foreach (var match in _beforeTitle.FindAll(text, tokens))
        {
            // "Site Reliability Engineer (Staff)": a level alone in brackets is the title's level too.
            if (titleStarts.Contains(match.EndToken) || InBrackets(text, match.Start, match.Start + match.Length))
            {
                yield return new SeniorityMention(match.Value, match.FirstToken, match.TokenCount);
            }
        }

        foreach (var match in _alone.FindAll(text, tokens))
        {
            if (EndsClause(text, tokens, match.EndToken, match.Start + match.Length))
            {
                yield return new SeniorityMention(match.Value, match.FirstToken, match.TokenCount);
            }
        }

        // "Level: Staff", "Seniority: Lead": a level word right after a label for it.
        for (var i = 2; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Text == ":" && tokens[i - 2].Folded is "level" or "seniority" or "grade" && LevelOf(tokens[i].Folded) is { } labelled)
            {
                yield return new SeniorityMention(labelled, i, 1);
            }
        }

        foreach (var match in _object.FindAll(text, tokens))
        {
            if (match.FirstToken > 0 && _objectAfter.Contains(tokens[match.FirstToken - 1].Folded) && EndsClause(text, tokens, match.EndToken, match.Start + match.Length))
            {
                yield return new SeniorityMention(match.Value, match.FirstToken, match.TokenCount);
            }
        }
    }

    /// <summary>The word before the match, joined to it directly or by a hyphen, is one of the prefixes ("post-grad").</summary>
    private bool JoinedToPrefix(string text, IReadOnlyList<Token> tokens, int first, int start)
    {
        var before = start > 0 && text[start - 1] == '-' ? start - 1 : start;
        var prefix = tokens.Take(first).LastOrDefault(t => t.Kind == TokenKind.Word);
        return prefix.Text is not null && prefix.End == before && _notPrefixes.Contains(prefix.Folded);
    }

    private static bool InBrackets(string text, int start, int end) =>
        text.AsSpan(0, start).TrimEnd().EndsWith("(", StringComparison.Ordinal) && text.AsSpan(end).TrimStart().StartsWith(")", StringComparison.Ordinal);

    /// <summary>Nothing after the word in its clause but punctuation, a dash or one of the "alone_before" words ("mid instead").</summary>
    private bool EndsClause(string text, IReadOnlyList<Token> tokens, int next, int end)
    {
        if (next >= tokens.Count)
        {
            return true;
        }

        var following = tokens[next];
        var gap = text[end..following.Start];
        return following.Kind == TokenKind.Symbol || gap.Contains('—', StringComparison.Ordinal) || gap.Contains('–', StringComparison.Ordinal) || gap.Contains(" - ", StringComparison.Ordinal)
            || gap.Contains('\n', StringComparison.Ordinal) || (following.Kind == TokenKind.Word && _aloneBefore.Contains(following.Folded));
    }

    private static SeniorityMention Prefer(SeniorityMention? current, SeniorityMention candidate, IReadOnlyCollection<int> titleStarts)
    {
        if (current is null)
        {
            return candidate;
        }

        // The level next to a title wins over one elsewhere; otherwise the first one.
        var currentNext = titleStarts.Contains(current.FirstToken + current.TokenCount);
        var candidateNext = titleStarts.Contains(candidate.FirstToken + candidate.TokenCount);
        return candidateNext && !currentNext ? candidate : current;
    }
}
