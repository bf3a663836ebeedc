using System.Buffers;
using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// Which rules can match a text at all, in one pass over it: a rule whose pattern needs one of a few
/// words (<see cref="PatternLiterals"/>) is tested only when one of them is in the text; a rule without
/// such words always is. The words of all rules make one Aho-Corasick automaton over lower-case ASCII,
/// each state carrying the rules whose words end there. A text with a character the rules' case-insensitive
/// matching takes for an ASCII letter (the Kelvin sign for "k") gets every rule.
/// </summary>
internal sealed class RulePrefilter
{
    private static readonly Lazy<SearchValues<char>> Lookalikes = new(FindLookalikes);

    private readonly int _rules;
    private readonly ulong[] _always;
    private readonly byte[] _symbols = new byte[128];
    private readonly int _alphabet;

    /// <summary>The automaton: the next state for each state and symbol (symbol 0, a character in no word, goes back to the start).</summary>
    private readonly int[] _next;

    /// <summary>For each state, the rules one of whose words ends there, <see cref="Words"/> ulongs a state.</summary>
    private readonly ulong[] _found;

    /// <param name="words">For each rule, in order, the words one of which it needs (lower-case ASCII), or null when it needs none.</param>
    public RulePrefilter(IReadOnlyList<IReadOnlyList<string>?> words)
    {
        _rules = words.Count;
        Words = Math.Max(1, (_rules + 63) / 64);
        _always = new ulong[Words];

        var alphabet = 1;
        foreach (var c in words.Where(w => w is not null).SelectMany(w => w!).SelectMany(w => w).Distinct())
        {
            if (c >= 128 || char.IsAsciiLetterUpper(c))
            {
                throw new ArgumentException($"'{c}' is not a lower-case ASCII character.", nameof(words));
            }

            _symbols[c] = (byte)alphabet++;
        }

        _alphabet = alphabet;

        // The trie of every word, then the failure links breadth first, which complete the transitions.
        var children = new List<Dictionary<int, int>> { new() };
        var found = new List<ulong[]> { new ulong[Words] };
        for (var rule = 0; rule < _rules; rule++)
        {
            if (words[rule] is not { } needed)
            {
                _always[rule >> 6] |= 1UL << (rule & 63);
                continue;
            }

            foreach (var word in needed)
            {
                var state = 0;
                foreach (var c in word)
                {
                    if (!children[state].TryGetValue(_symbols[c], out var child))
                    {
                        child = children.Count;
                        children.Add([]);
                        found.Add(new ulong[Words]);
                        children[state][_symbols[c]] = child;
                    }

                    state = child;
                }

                found[state][rule >> 6] |= 1UL << (rule & 63);
            }
        }

        _next = new int[children.Count * _alphabet];
        _found = new ulong[children.Count * Words];
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        foreach (var (symbol, child) in children[0])
        {
            _next[symbol] = child;
            queue.Enqueue(child);
        }

        while (queue.TryDequeue(out var state))
        {
            for (var w = 0; w < Words; w++)
            {
                _found[(state * Words) + w] = found[state][w] | _found[(fail[state] * Words) + w];
            }

            for (var symbol = 1; symbol < _alphabet; symbol++)
            {
                if (children[state].TryGetValue(symbol, out var child))
                {
                    fail[child] = _next[(fail[state] * _alphabet) + symbol];
                    _next[(state * _alphabet) + symbol] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    _next[(state * _alphabet) + symbol] = _next[(fail[state] * _alphabet) + symbol];
                }
            }
        }
    }

    /// <summary>How many ulongs a set of rules takes.</summary>
    public int Words { get; }

    /// <summary>Sets in <paramref name="rules"/> (<see cref="Words"/> long) the bit of every rule that may match <paramref name="text"/>.</summary>
    public void Candidates(ReadOnlySpan<char> text, Span<ulong> rules)
    {
        if (text.ContainsAny(Lookalikes.Value))
        {
            rules.Clear();
            for (var rule = 0; rule < _rules; rule++)
            {
                rules[rule >> 6] |= 1UL << (rule & 63);
            }

            return;
        }

        _always.CopyTo(rules);
        var state = 0;
        foreach (var c in text)
        {
            var symbol = c < 128 ? _symbols[char.IsAsciiLetterUpper(c) ? c | 0x20 : c] : 0;
            state = symbol == 0 ? 0 : _next[(state * _alphabet) + symbol];
            if (state != 0)
            {
                var found = _found.AsSpan(state * Words, Words);
                for (var w = 0; w < found.Length; w++)
                {
                    rules[w] |= found[w];
                }
            }
        }
    }

    /// <summary>The non-ASCII characters that a case-insensitive, culture-invariant pattern reads as an ASCII letter.</summary>
    private static SearchValues<char> FindLookalikes()
    {
        var letter = new Regex("^[a-z]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var lookalikes = new List<char>();
        Span<char> one = stackalloc char[1];
        for (var c = 128; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            if (letter.IsMatch(one))
            {
                lookalikes.Add((char)c);
            }
        }

        return SearchValues.Create([.. lookalikes]);
    }
}
