namespace Hiring.Reasoning.Policy;

/// <summary>
/// The words a .NET pattern cannot match without: a set of lower-case ASCII strings, one of which is in
/// every text the pattern matches when read case-insensitively (null when no such set is known). Whatever
/// the reader does not understand (a conditional, free-spacing mode, an unknown escape) gives null, and a
/// part it cannot spell (a class such as \w, a non-ASCII letter) only breaks a word in two: the answer may
/// be weaker than it could be, never wrong. Lookarounds and anchors consume nothing, so they add no word.
/// </summary>
internal static class PatternLiterals
{
    /// <summary>How many strings a part may spell exactly before only what it requires is kept.</summary>
    private const int MaxExact = 256;

    /// <summary>How many characters a class may list to be spelled out ("[ae]"); a larger one is any character.</summary>
    private const int MaxClass = 8;

    public static IReadOnlyList<string>? Of(string pattern)
    {
        try
        {
            var reader = new Reader(pattern);
            var whole = reader.Alternation();
            return reader.AtEnd && Required(whole) is { } required ? Minimal(required) : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// What is known of a part: <see cref="Exact"/>, every string it can match (null: too many or
    /// unknown); else <see cref="Needs"/>, strings one of which every match contains (null: nothing known).
    /// </summary>
    private readonly record struct Part(HashSet<string>? Exact, HashSet<string>? Needs)
    {
        public static Part Empty => new(Set(""), null);

        public static Part Unknown => new(null, null);
    }

    private static HashSet<string> Set(params string[] strings) => new(strings, StringComparer.Ordinal);

    /// <summary>Strings one of which every match of the part contains; null when a match may contain none (an empty one).</summary>
    private static HashSet<string>? Required(Part part) =>
        part.Exact is { } exact ? (exact.Contains("") ? null : exact) : part.Needs;

    /// <summary>The stronger of two requirements: the one whose shortest string is longest, then the one with fewer strings.</summary>
    private static HashSet<string>? Stronger(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var (shortestA, shortestB) = (a.Min(s => s.Length), b.Min(s => s.Length));
        return shortestA != shortestB ? (shortestA > shortestB ? a : b) : (a.Count <= b.Count ? a : b);
    }

    private static HashSet<string> Product(HashSet<string> left, HashSet<string> right)
    {
        var product = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                product.Add(l + r);
            }
        }

        return product;
    }

    private static Part Sequence(List<Part> parts)
    {
        var run = Set("");
        var exact = true;
        HashSet<string>? needs = null;
        foreach (var part in parts)
        {
            if (part.Exact is { } spelled && (long)run.Count * spelled.Count <= MaxExact)
            {
                run = Product(run, spelled);
                continue;
            }

            exact = false;
            needs = Stronger(needs, Required(new Part(run, null)));
            needs = Stronger(needs, Required(part));
            run = part.Exact is { } next ? new HashSet<string>(next, StringComparer.Ordinal) : Set("");
        }

        return exact ? new Part(run, null) : new Part(null, Stronger(needs, Required(new Part(run, null))));
    }

    private static Part Alternatives(List<Part> branches)
    {
        if (branches.Count == 1)
        {
            return branches[0];
        }

        if (branches.All(b => b.Exact is not null) && branches.Sum(b => b.Exact!.Count) <= MaxExact)
        {
            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (var branch in branches)
            {
                union.UnionWith(branch.Exact!);
            }

            return new Part(union, null);
        }

        var needs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            if (Required(branch) is not { } required)
            {
                return Part.Unknown;
            }

            needs.UnionWith(required);
        }

        return new Part(null, needs);
    }

    private static Part Repeated(Part part, int min, int max)
    {
        if (max == 0)
        {
            return Part.Empty;
        }

        if (min == 0)
        {
            return max == 1 && part.Exact is { } optional ? new Part([.. optional, ""], null) : Part.Unknown;
        }

        if (min == 1 && max == 1)
        {
            return part;
        }

        // At least one repetition: whatever one requires, all do.
        return new Part(null, Required(part));
    }

    /// <summary>The requirement without strings that contain another of its strings (that one is found whenever they are).</summary>
    private static List<string> Minimal(HashSet<string> strings)
    {
        var sorted = strings.OrderBy(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
        var kept = new List<string>();
        foreach (var s in sorted)
        {
            if (!kept.Any(k => s.Contains(k, StringComparison.Ordinal)))
            {
                kept.Add(s);
            }
        }

        return kept;
    }

    /// <summary>A recursive-descent reader of the .NET pattern syntax, enough to know what each part spells.</summary>
    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at == pattern.Length;

        public Part Alternation()
        {
            var branches = new List<Part> { Concatenation() };
            while (!AtEnd && pattern[_at] == '|')
            {
                _at++;
                branches.Add(Concatenation());
            }

            return Alternatives(branches);
        }

        private Part Concatenation()
        {
            var parts = new List<Part>();
            while (!AtEnd && pattern[_at] is not ('|' or ')'))
            {
                var atom = Atom();
                parts.Add(Quantified(atom));
            }

            return Sequence(parts);
        }

        private Part Quantified(Part atom)
        {
            while (!AtEnd)
            {
                int min, max;
                switch (pattern[_at])
                {
                    case '*':
                        (min, max) = (0, int.MaxValue);
                        _at++;
                        break;
                    case '+':
                        (min, max) = (1, int.MaxValue);
                        _at++;
                        break;
                    case '?':
                        (min, max) = (0, 1);
                        _at++;
                        break;
                    case '{' when Braces() is { } braces:
                        (min, max) = braces;
                        break;
                    default:
                        return atom;
                }

                if (!AtEnd && pattern[_at] == '?')
                {
                    _at++;
                }

                atom = Repeated(atom, min, max);
            }

            return atom;
        }

        /// <summary>{n}, {n,} or {n,m} at the reader; null (and nothing read) when the brace is a literal one.</summary>
        private (int Min, int Max)? Braces()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return null;
            }

            var inside = pattern[(_at + 1)..close];
            var comma = inside.IndexOf(',');
            var low = comma < 0 ? inside : inside[..comma];
            var high = comma < 0 ? inside : inside[(comma + 1)..];
            if (!int.TryParse(low, System.Globalization.NumberStyles.None, null, out var min)
                || (high.Length > 0 && !int.TryParse(high, System.Globalization.NumberStyles.None, null, out _)))
            {
                return null;
            }

            var max = high.Length == 0 ? int.MaxValue : int.Parse(high, System.Globalization.CultureInfo.InvariantCulture);
            _at = close + 1;
            return (min, max);
        }

        private Part Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Part.Unknown;
                case '^' or '$':
                    return Part.Empty;
                case '*' or '+' or '?':
                    throw new NotSupportedException("A quantifier follows nothing.");
                default:
                    return Literal(c);
            }
        }

        private static Part Literal(char c) => c < 128 ? new Part(Set(char.ToLowerInvariant(c).ToString()), null) : Part.Unknown;

        private Part Group()
        {
            var lookaround = false;
            if (!AtEnd && pattern[_at] == '?')
            {
                _at++;
                var kind = Next();
                switch (kind)
                {
                    case ':' or '>':
                        break;
                    case '=' or '!':
                        lookaround = true;
                        break;
                    case '<' when !AtEnd && pattern[_at] is '=' or '!':
                        _at++;
                        lookaround = true;
                        break;
                    case '<' or '\'':
                        Name(kind == '<' ? '>' : '\'');
                        break;
                    case '#':
                        _at = pattern.IndexOf(')', _at) is var end and >= 0 ? end + 1 : throw new NotSupportedException("An open comment.");
                        return Part.Empty;
                    default:
                        // Options: (?imnsx-imnsx) for the rest, or (?imnsx-imnsx: ... ) for a group. Case options only widen a
                        // case-insensitive reading; free spacing would change what the pattern spells.
                        _at--;
                        var on = true;
                        while (!AtEnd && pattern[_at] is not (':' or ')'))
                        {
                            var option = Next();
                            if (option == '-')
                            {
                                on = false;
                            }
                            else if ((option == 'x' && on) || "imnsx".IndexOf(option) < 0)
                            {
                                throw new NotSupportedException($"The option or construct '(?{option}'.");
                            }
                        }

                        if (Next() == ')')
                        {
                            return Part.Empty;
                        }

                        break;
                }
            }

            var inner = Alternation();
            if (AtEnd || Next() != ')')
            {
                throw new NotSupportedException("An unclosed group.");
            }

            return lookaround ? Part.Empty : inner;
        }

        /// <summary>A group's name, up to <paramref name="close"/>; a balancing group ("a-b") is not read.</summary>
        private void Name(char close)
        {
            while (!AtEnd && pattern[_at] != close)
            {
                if (!char.IsLetterOrDigit(pattern[_at]) && pattern[_at] != '_')
                {
                    throw new NotSupportedException("A balancing group.");
                }

                _at++;
            }

            _at++;
        }

        private Part Escape()
        {
            var c = Next();
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Part.Empty;
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    return Part.Unknown;
                case 'p' or 'P':
                    SkipCategory();
                    return Part.Unknown;
                case 'k':
                    var open = Next();
                    Name(open == '<' ? '>' : open == '\'' ? '\'' : throw new NotSupportedException("\\k without a name."));
                    return Part.Unknown;
                case >= '1' and <= '9':
                    while (!AtEnd && char.IsAsciiDigit(pattern[_at]))
                    {
                        _at++;
                    }

                    return Part.Unknown;
                case 'x':
                    return Literal(Hex(2));
                case 'u':
                    return Literal(Hex(4));
                case 't' or 'n' or 'r' or 'f' or 'v' or 'e' or 'a':
                    return Literal("\t\n\r\f\v\u001B\a"["tnrfvea".IndexOf(c, StringComparison.Ordinal)]);
                default:
                    return char.IsAsciiLetterOrDigit(c) ? throw new NotSupportedException($"The escape \\{c}.") : Literal(c);
            }
        }

        private char Hex(int digits)
        {
            if (_at + digits > pattern.Length
                || !int.TryParse(pattern.AsSpan(_at, digits), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
            {
                throw new NotSupportedException("A short hexadecimal escape.");
            }

            _at += digits;
            return (char)code;
        }

        private void SkipCategory()
        {
            if (AtEnd || pattern[_at] != '{' || pattern.IndexOf('}', _at) is not (var end and >= 0))
            {
                throw new NotSupportedException("A category without braces.");
            }

            _at = end + 1;
        }

        /// <summary>A character class: its characters when it lists a few ASCII ones, else any character.</summary>
        private Part Class()
        {
            var listed = new HashSet<string>(StringComparer.Ordinal);
            var plain = true;
            if (!AtEnd && pattern[_at] == '^')
            {
                plain = false;
                _at++;
            }

            for (var first = true; ; first = false)
            {
                var c = Next();
                if (c == ']' && !first)
                {
                    break;
                }

                if (c == '\\')
                {
                    var escaped = Next();
                    if (escaped is 'p' or 'P')
                    {
                        SkipCategory();
                    }

                    if (char.IsAsciiLetterOrDigit(escaped))
                    {
                        plain = false;
                        continue;
                    }

                    c = escaped;
                }
                else if (c == '-' && !first && !AtEnd && pattern[_at] != ']')
                {
                    // A range, or a subtracted class ("[a-z-[aeiou]]").
                    plain = false;
                    if (pattern[_at] == '[')
                    {
                        _at++;
                        Class();
                        continue;
                    }

                    if (Next() == '\\')
                    {
                        Next();
                    }

                    continue;
                }

                if (c >= 128)
                {
                    plain = false;
                }

                listed.Add(char.ToLowerInvariant(c).ToString());
            }

            return plain && listed.Count <= MaxClass ? new Part(listed, null) : Part.Unknown;
        }

        private char Next() => !AtEnd ? pattern[_at++] : throw new NotSupportedException("The pattern ends early.");
    }
}
