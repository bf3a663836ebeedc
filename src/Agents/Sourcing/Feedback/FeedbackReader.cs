using System.Text.RegularExpressions;

namespace Hiring.Agents.Sourcing.Feedback;

/// <summary>
/// Reads the recruiter's reactions to a batch shown in order. The message is cut into sentences and
/// contrasts ("but", "except"), each into comma clauses; a clause's cue (feedback.yaml) applies to the
/// candidates it names and to those named just before it without a cue ("1, 3 and 5 look right").
/// A cue without candidates points back through a pronoun ("more like her"), else speaks of the batch
/// ("too senior"). "Except" gives what follows the opposite of what came before. Per candidate, what
/// names them wins over "the rest", which wins over "all".
/// </summary>
public sealed partial class FeedbackReader(FeedbackPhrases phrases)
{
    /// <param name="text">The recruiter's words.</param>
    /// <param name="shown">The batch, in the order shown.</param>
    /// <param name="contributorRole">The role is an individual contributor's: management words are a reason to dislike.</param>
    /// <param name="managerTitle">The role's own title says "manager" (a product manager): the word alone is no reason.</param>
    public FeedbackReading Read(string text, IReadOnlyList<ShownCandidate> shown, bool contributorRole = true, bool managerTitle = false)
    {
        var run = new Run(shown);
        foreach (var (segment, exception) in Segments(Normalize(text)))
        {
            foreach (var clause in ClauseSplitter().Split(segment).Select(c => c.Trim()).Where(c => c.Length > 0))
            {
                var refs = CandidateReferences.Read(clause, shown);
                var cue = CueOf(clause, contributorRole, managerTitle);
                if (cue is null && refs.None)
                {
                    cue = new Cue(false, FeedbackReason.None, false, clause, null);
                }

                run.Clause(refs, cue);
            }

            run.EndSegment(exception);
        }

        return run.Finish();
    }

    /// <summary>The reason a thumbs rating's words give ("too junior", "more like this one"), or None.</summary>
    public FeedbackReason ReasonOf(string words, bool contributorRole = true, bool managerTitle = false) =>
        CueOf(Normalize(words), contributorRole, managerTitle) is { } cue ? (cue.MoreLikeThis ? FeedbackReason.MoreLikeThis : cue.Reason) : FeedbackReason.None;

    private Cue? CueOf(string clause, bool contributorRole, bool managerTitle)
    {
        FeedbackReason? reason = null;
        var moreLike = false;
        string? skill = null;
        foreach (var (kind, pattern, managerWord) in phrases.Reasons)
        {
            if ((kind == FeedbackReason.Management && !contributorRole) || (managerWord && managerTitle))
            {
                continue;
            }

            var match = pattern.Match(clause);
            if (!match.Success)
            {
                continue;
            }

            if (kind == FeedbackReason.MoreLikeThis)
            {
                moreLike = true;
                continue;
            }

            reason ??= kind;
            if (kind == FeedbackReason.MissingSkill && match.Groups["skill"].Success)
            {
                skill ??= match.Groups["skill"].Value.Trim();
            }
        }

        var negative = reason is not null || phrases.Negative.Any(p => p.IsMatch(clause));
        var positive = moreLike;
        foreach (var pattern in phrases.Positive)
        {
            foreach (Match match in pattern.Matches(clause))
            {
                if (Negated(clause, match.Index))
                {
                    negative = true;
                }
                else
                {
                    positive = true;
                }
            }
        }

        if (!negative && !positive)
        {
            return null;
        }

        return new Cue(!negative, reason ?? (moreLike && !negative ? FeedbackReason.MoreLikeThis : FeedbackReason.None), moreLike && !negative, clause, skill);
    }

    /// <summary>A negation among the three words before the cue ("isn't a fit", "doesn't look right", "none of them look right").</summary>
    private bool Negated(string clause, int at)
    {
        var before = Words().Matches(clause[..at]).Select(m => m.Value).TakeLast(3);
        return before.Any(phrases.Negations.Contains);
    }

    private static string Normalize(string text) => text
        .Replace('’', '\'')
        .Replace("👍", " thumbs up ", StringComparison.Ordinal)
        .Replace("👎", " thumbs down ", StringComparison.Ordinal)
        .ToLowerInvariant();

    private static IEnumerable<(string Text, bool Exception)> Segments(string text)
    {
        var exception = false;
        foreach (var part in Splitter().Split(text))
        {
            var trimmed = part.Trim();
            if (Contrast().IsMatch(trimmed))
            {
                exception = trimmed is "except" or "apart from" or "other than" or "besides" or "except for";
                continue;
            }

            if (trimmed.Length > 0)
            {
                yield return (trimmed, exception);
            }

            exception = false;
        }
    }

    [GeneratedRegex(@"(?<!\b(?:no|nr))[.;!?]+(?=\s|$)|\n+|\b(but|however|though|although|whereas|while|except for|except|apart from|other than|besides)\b")]
    private static partial Regex Splitter();

    // Commas, and "and" when a new candidate follows it ("1 looks right and 2 is too junior"; "1 and 3 look right").
    [GeneratedRegex(@",|\s&\s|\band\b(?=\s+(?:#|\d|number\b|no\.|candidate\b|the\b))")]
    private static partial Regex ClauseSplitter();

    [GeneratedRegex(@"^(?:but|however|though|although|whereas|while|except for|except|apart from|other than|besides)$")]
    private static partial Regex Contrast();

    [GeneratedRegex(@"[\w']+")]
    private static partial Regex Words();

    private sealed record Cue(bool Liked, FeedbackReason Reason, bool MoreLikeThis, string Words, string? Skill);

    /// <summary>The reading of one message, clause by clause.</summary>
    private sealed class Run(IReadOnlyList<ShownCandidate> shown)
    {
        private readonly Dictionary<int, Cue> _named = [];
        private readonly List<int> _pending = [];
        private readonly List<FeedbackReason> _batchReasons = [];
        private readonly List<string> _skills = [];
        private List<int> _last = [];
        private bool _pendingAll;
        private bool _pendingRest;
        private bool _lastWasAll;
        private Cue? _all;
        private Cue? _rest;
        private Cue? _segmentCue;
        private Cue? _previousCue;

        public void Clause(CandidateReferences.Refs refs, Cue? cue)
        {
            if (cue is null)
            {
                _pending.AddRange(refs.Positions);
                _pendingAll |= refs.All;
                _pendingRest |= refs.Rest;
                return;
            }

            _segmentCue = cue;
            if (cue.Skill is { Length: > 0 } skill)
            {
                _skills.Add(skill);
            }

            var positions = _pending.Concat(refs.Positions).Distinct().ToList();
            var all = _pendingAll || refs.All || refs.None;
            var rest = _pendingRest || refs.Rest;
            ClearPending();
            if (positions.Count == 0 && !all && !rest)
            {
                if (!refs.Pronoun || (_last.Count == 0 && !_lastWasAll))
                {
                    Batch(cue);
                    return;
                }

                // "more like her", "they're all managers": the candidates named last.
                (positions, all) = (_last, _lastWasAll);
            }

            Apply(positions, all, rest, cue);
        }

        public void EndSegment(bool exception)
        {
            if (_pending.Count > 0 || _pendingAll || _pendingRest)
            {
                if (exception && _previousCue is { } before)
                {
                    // "all good except 3": what follows "except" without a cue of its own gets the opposite.
                    Apply([.. _pending], _pendingAll, _pendingRest, new Cue(!before.Liked, FeedbackReason.None, false, $"except: {before.Words}", null));
                    ClearPending();
                }
                else if (_segmentCue is { } cue)
                {
                    // "I like 1 and 2", "thumbs up on 3 and 4": the cue came before the candidates.
                    Apply([.. _pending], _pendingAll, _pendingRest, cue);
                    ClearPending();
                }
            }

            _previousCue = _segmentCue ?? _previousCue;
            _segmentCue = null;
        }

        public FeedbackReading Finish()
        {
            var reactions = new List<ReadReaction>();
            foreach (var candidate in shown)
            {
                var cue = _named.GetValueOrDefault(candidate.Position) ?? (_named.Count > 0 || _all is not null ? _rest : null) ?? _all;
                if (cue is not null)
                {
                    reactions.Add(new ReadReaction(candidate, cue.Liked, cue.Reason, cue.MoreLikeThis, cue.Words));
                }
            }

            return new FeedbackReading(reactions, [.. _batchReasons.Distinct()], [.. _skills.Distinct(StringComparer.Ordinal)]);
        }

        private void Apply(List<int> positions, bool all, bool rest, Cue cue)
        {
            foreach (var position in positions)
            {
                _named[position] = Merge(_named.GetValueOrDefault(position), cue);
            }

            if (all)
            {
                _all = Merge(_all, cue);
            }

            if (rest)
            {
                _rest = Merge(_rest, cue);
            }

            if ((all || rest) && cue.Reason is not (FeedbackReason.None or FeedbackReason.MoreLikeThis))
            {
                _batchReasons.Add(cue.Reason);
            }

            _last = positions;
            _lastWasAll = all && positions.Count == 0;
        }

        /// <summary>
        /// A cue about no one in particular: it decides the batch when nothing else did, or when it
        /// contrasts with what was said of the whole batch ("these look good but too senior").
        /// </summary>
        private void Batch(Cue cue)
        {
            if (cue.Reason is not (FeedbackReason.None or FeedbackReason.MoreLikeThis))
            {
                _batchReasons.Add(cue.Reason);
            }

            if (_all is not null || (_named.Count == 0 && _rest is null))
            {
                _all = _all is null || _all.Liked != cue.Liked ? cue : Merge(_all, cue);
                _lastWasAll = true;
            }
        }

        private void ClearPending()
        {
            _pending.Clear();
            _pendingAll = false;
            _pendingRest = false;
        }

        /// <summary>A later cue decides; a reason said earlier of the same verdict is kept ("none of these, they're all managers").</summary>
        private static Cue Merge(Cue? earlier, Cue later)
        {
            if (earlier is null || earlier.Liked != later.Liked)
            {
                return later;
            }

            return later with
            {
                Reason = later.Reason != FeedbackReason.None ? later.Reason : earlier.Reason,
                MoreLikeThis = later.MoreLikeThis || earlier.MoreLikeThis,
                Words = earlier.Words == later.Words ? later.Words : $"{earlier.Words}, {later.Words}",
                Skill = later.Skill ?? earlier.Skill,
            };
        }
    }
}
