using System.Text;
using System.Text.RegularExpressions;
using Hiring.Contracts.Memory;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// Finds what in a message is worth keeping beyond it (prompts/builtin/memory.yaml): a clause the
/// recruiter asks to be remembered ("fyi…", "remember that…", "…, keep that in mind"), a standing
/// preference ("going forward, send shortlists as a sheet"), someone's liking ("our Berlin HM hates job
/// hoppers") and a fact about how the company hires ("Jana is the HM for data roles"). A plain request
/// about the role at hand, a question and a request to recall or to forget are not memories. Reads only
/// what it is given: <see cref="SafeText"/> takes out what the policy refused, and a "remember that" that
/// pointed at it.
/// </summary>
public sealed partial class MemoryStatementReader
{
    public const double ExplicitImportance = 0.9;
    public const double PreferenceImportance = 0.7;
    public const double FactImportance = 0.6;

    // The recruiter themselves, in the languages they write in ("Je fais toujours…", "Ich verschicke immer…", "Ik bel altijd…").
    private static readonly Regex FirstPerson = new(@"\b(?:i|i'm|i'd|i've|we|we're|we'd|we've|my|our|us|me|je|j'|nous|ich|wir|ik|wij|yo|nosotros)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
    private static readonly Regex Filler = new(@"^(?:(?:oh|and|also|ok|okay|so|btw|then|just|but|right|yes|yeah|hmm+|well|um+|uh+|ach|ay|opa|oye|também|aussi|también|y|e|et|und)\b[\s,.:!-]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    // "that", "pls", "for their reqs", "when sourcing", "while you screen", "as a filter": words that only point back at what was said, and when it counts.
    private static readonly Regex Pointer = new(@"^\W*(?:(?:that|this|it|pls|please|plz|thanks|ta|too|as well|as\s+(?:a|an|the|my|our|their)\s+(?:[\w-]+\s+)?(?:filter|rule|requirement|criterion|must[- ]have|preference|note|reminder|default|standard|policy|tag)|for (?:their|our|my|the|all|future|next|later)(?:\s+[\w-]+){0,2}|(?:when|while|whenever|before|during)\s+(?:you\s+|we\s+|i\s+)?[\w-]+ing(?:\s+(?:for\s+)?(?:the|their|our|my|them|it|this|that)(?:\s+[\w-]+)?)?|(?:when|while|whenever|before)\s+(?:you|we|i)\s+[\w-]+(?:\s+(?:the|their|our|my|them|it|this|that)(?:\s+[\w-]+)?)?)\W*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    private readonly Regex _explicit;
    private readonly Regex _cueInside;
    private readonly Regex _tail;
    private readonly Regex _weakTail;
    private readonly Regex _standing;
    private readonly Regex _liking;
    private readonly Regex _wants;
    private readonly Regex _weak;
    private readonly Regex _holder;
    private readonly Regex _process;
    private readonly Regex _imperative;
    private readonly Regex _fact;
    private readonly Regex _correction;
    private readonly Regex _never;
    private readonly Regex _replaces;
    private readonly Regex _pronoun;
    private readonly Regex _subject;
    private readonly Regex _work;
    private readonly Regex _label;
    private readonly Regex _scoped;
    private readonly Regex _noteHeader;
    private readonly Regex _instead;
    private readonly Regex _announces;
    private readonly ProtectedNotes _protected;

    public MemoryStatementReader(MemoryRules rules, ProtectedNotes screened)
    {
        // An explicit cue opens the clause, or follows a comma or "and" inside it ("need a welder, and fyi the client…").
        _explicit = new Regex($@"(?:^\W*|(?<=[,:(]\s*)|(?<=\band\s+))(?:{string.Join('|', rules.ExplicitCues.Select(p => $"(?:{p})"))})+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
        // The same cues anywhere in a heading ("A o Marcie Zielińskiej zapamiętaj: …"), never inside a word.
        _cueInside = new Regex($@"(?<!\p{{L}})(?:{string.Join('|', rules.ExplicitCues.Select(p => $"(?:{p})"))})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
        _tail = MemoryRules.Any(rules.ExplicitTailCues);
        _weakTail = MemoryRules.Any([rules.WeakTailCues]);
        _standing = MemoryRules.Any(rules.StandingCues);
        _liking = MemoryRules.Any(rules.Likings);
        _wants = MemoryRules.Any([rules.Wants]);
        _weak = MemoryRules.Any([rules.WeakCues]);
        _holder = MemoryRules.Any(rules.Holders);
        _process = MemoryRules.Any([rules.ProcessWords]);
        _imperative = MemoryRules.Any([rules.Imperatives]);
        _fact = MemoryRules.Any(rules.Facts);
        _correction = MemoryRules.Any(rules.CorrectionCues);
        _never = MemoryRules.Any(rules.Never);
        _replaces = MemoryRules.Any([rules.ReplaceCues]);
        _pronoun = MemoryRules.Any([rules.ContextPronouns]);
        _subject = MemoryRules.Any([rules.ContextSubjects]);
        _work = MemoryRules.Any([rules.WorkRequests]);
        _label = MemoryRules.Any([rules.LabelledNotes], atStart: true);
        _scoped = MemoryRules.Any([rules.ScopedRules]);
        _noteHeader = MemoryRules.Any([rules.NoteHeaders]);
        _instead = MemoryRules.Any([rules.KeptInstead], atStart: true);
        _announces = MemoryRules.Any([rules.AnnouncedThings]);
        _protected = screened;
    }

    /// <summary>Whether a clause asks for project work ("need 5 warehouse associates in Mississauga", "can you find…").</summary>
    public bool AsksForWork(string clause) => _work.IsMatch(clause);

    /// <summary>Whether a correction says what replaces what ("switch to Notion").</summary>
    public bool Replaces(string text) => _replaces.IsMatch(text);

    /// <summary>Whether the words say they correct something ("actually", "it's Tom now", "not Scottsdale").</summary>
    public bool IsCorrection(string text) => _correction.IsMatch(text);

    /// <summary>
    /// The message without the clauses that overlap the spans (what the policy refused) or say someone's protected attribute
    /// (<see cref="ProtectedNotes"/>), nor a clause that
    /// only points back at a refused one ("… white guys from Ivy schools. remember that for their reqs"); one clause a line, but
    /// for a name opening the message before a dash, and a few words after one that finish the clause before, where the dash stays
    /// ("Poznań warehouse stuff — I loop in Halina", "he hates calls — email only": see <see cref="Read"/>).
    /// </summary>
    public string SafeText(string message, IReadOnlyList<(int Start, int Length)> refused)
    {
        var kept = new StringBuilder();
        var dropped = false;
        MemoryClause? before = null;
        foreach (var clause in MemoryClause.Split(message))
        {
            // A clause that says someone's protected attribute goes as a refused one does, whatever the policy read of it.
            var overlaps = refused.Any(s => s.Start < clause.End && s.Start + s.Length > clause.Start) || _protected.About(clause.Text);
            if (overlaps || (dropped && PointsBack(clause.Text)))
            {
                dropped = true;
                before = null;
                continue;
            }

            dropped = false;
            if (kept.Length > 0)
            {
                kept.Append(before is { } last && DashBefore(message, clause) && ((last.Start == 0 && IsNamedTopic(last.Text)) || Finishes(clause.Text) || Subjectless().IsMatch(clause.Text)) ? $" {message[last.End..clause.Start].Trim()} " : "\n");
            }

            kept.Append(clause.Text);
            before = clause;
        }

        return kept.ToString();
    }

    public IReadOnlyList<MemoryStatement> Read(string text)
    {
        var statements = new List<MemoryStatement>();
        string? previous = null;
        var previousKept = false;
        // The statement that opened a note the clauses after it go on with, and whether a label opened it (see Continues).
        int? opener = null;
        var labelled = false;
        var clauses = MemoryClause.Split(text);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (previous is null && NoteLines(text, clauses, i) is { Count: >= 2 } lines)
            {
                // "pasting my notes from the Halden Marine kickoff so you have them:" and a line each below: every line is kept,
                // with the name the notes are about, so a question about one line finds it.
                var about = MemoryCorrection.Names(clause.Text) is [var name, ..] ? name : null;
                foreach (var line in lines)
                {
                    var note = Clean(line.Text);
                    var quote = line.Start == lines[0].Start ? $"{clause.Text}\n{line.Text}" : line.Text;
                    statements.Add(new MemoryStatement(about is null || Mentions(note, about) ? note : $"{about}: {note}", quote, IsPreference(note) ? MemoryKind.Preference : MemoryKind.Fact, ExplicitImportance, false, false));
                }

                i += lines.Count;
                previous = lines[^1].Text;
                previousKept = true;
                continue;
            }

            // A greeting before the heading ("Ciao! Tre cose da ricordare: …") leaves it the opening.
            if ((previous is null || (!previousKept && MemoryWords.Split(previous).Count <= GreetingWords)) && Announced(clauses, i) is { Count: >= 2 } told)
            {
                // "couple of things about how I work, pls keep these: no calls before 10am. and shortlists always as a table", "Segnati due
                // cose: … . E le shortlist …", "Couple things for Northgate: HM is Priya; every adjuster does a case study; base capped at 85k":
                // a heading that announces several things makes each sentence after it one of them, kept alone with the name it gives.
                statements.AddRange(told);
                i = clauses.Count;
                previous = null;
                continue;
            }

            if (previous is null && i + 1 < clauses.Count && PointsBack(clause.Text) && !_never.IsMatch(clauses[i + 1].Text) && !PointsBack(clauses[i + 1].Text)
                && !_explicit.IsMatch(clauses[i + 1].Text))
            {
                // "remember - for the Brisbane casino account, all bar staff need RSA": a cue with nothing before it asks to keep what
                // follows, unless that has its own cue ("ok noted. do remember they need a bike" keeps the second as it says).
                var next = clauses[++i].Text;
                statements.AddRange(Halves(Explicit(Clean(next), next)));
                previous = next;
                previousKept = true;
                continue;
            }

            if (i + 1 < clauses.Count && EndsWithCue(clause.Text) && DashBefore(text, clauses[i + 1]) && !_never.IsMatch(clauses[i + 1].Text) && !PointsBack(clauses[i + 1].Text))
            {
                // "pls tidy the feedback into a table. also for my records — at Kestrel offers get signed by Hollis", "finish the string, and
                // while i remember — Halvorsen agreed 16%": a cue before a dash asks to keep what follows it, not the work before it.
                var next = clauses[++i].Text;
                var kept = Explicit(Clean(next), next);
                statements.AddRange(ListItems(kept) ?? Halves(kept));
                previous = next;
                previousKept = true;
                continue;
            }

            if (PointsBack(clause.Text))
            {
                // "remember that" alone keeps the clause before it.
                if (previous is not null && !previousKept && !_never.IsMatch(previous))
                {
                    statements.Add(Explicit(Clean(previous), previous));
                }

                previousKept = true;
                continue;
            }

            var said = clause.Text;
            if (i + 1 < clauses.Count && (IsTopicOnly(said) || (i == 0 && IsNamedTopic(said) && DashBefore(text, clauses[i + 1])))
                && !_never.IsMatch(clauses[i + 1].Text) && !PointsBack(clauses[i + 1].Text))
            {
                // "note: Lagos refinery project — all mechanical engineers must be COREN registered": the cue names the topic, the next clause says
                // what to keep; so does a name opening the message before a dash ("Norrvik senior PM loop — panel is Elin Berg and Tomas Lund").
                said = $"{said} — {clauses[++i].Text}";
            }

            var statement = Statement(said);
            if (previousKept && statements.Count > 0 && CorrectsBefore(said, statements[^1]))
            {
                // "GM at the Leeds DC is Paul Hendry - no wait, Paul left, it's Paula Venn now": the message puts its own fact right.
                statements[^1] = statements[^1] with { Text = Clean(MemoryCorrection.Apply(statements[^1].Text, said)) };
                previous = said;
                continue;
            }

            if (statement is not null && previousKept && statements.Count > 0 && PointsBackInside(said))
            {
                // "I can't stand shortlists as PDFs. Always drop them into a Google Sheet": the second sentence says nothing without the first.
                statements[^1] = statements[^1] with { Text = $"{statements[^1].Text}. {statement.Text}", Quote = $"{statements[^1].Quote}. {statement.Quote}" };
                previous = said;
                continue;
            }

            if (statement is null && previousKept && statements.Count > 0 && Continues(said) && PlusSomeone().IsMatch(said))
            {
                // "Priyanka said she'd move for 72k, plus she needs the Leeds office": more of the same person, said after "plus".
                statements[^1] = statements[^1] with { Text = $"{statements[^1].Text}, {said.Trim().TrimEnd('.', '!')}", Quote = $"{statements[^1].Quote}, {said}" };
                previous = said;
                continue;
            }

            if (statement is null && previousKept && statements.Count > 0 && QuoteOnly().IsMatch(said))
            {
                // "stop signing my emails 'Best regards'. just '— Kofi'": a bare quote says what the sentence before wants instead.
                statements[^1] = statements[^1] with { Text = $"{statements[^1].Text}. {Clean(said)}", Quote = $"{statements[^1].Quote}. {said}" };
                previous = said;
                continue;
            }

            if (statement is not null && previous is not null && !previousKept && _correction.IsMatch(previous) && !statement.Corrects)
            {
                // "no longer £38 - they cut the Band 5 cap to £35": the cue before the dash says the clause after it corrects, and
                // what it denies is the correction's too (the number that gives way).
                statement = statement with { Text = $"{Clean(previous)} - {statement.Text}", Quote = $"{previous} - {statement.Quote}", Corrects = true, Replaces = statement.Replaces || _replaces.IsMatch(said) };
            }

            if (statement is null && statements.Count > 0 && Continues(said))
            {
                if (previousKept && DashBefore(text, clause) && (Finishes(said) || Subjectless().IsMatch(said)))
                {
                    // "the HM is Marek Nowak, he hates phone calls — email only": a few words after a dash finish the statement before them;
                    // "… every offer needs a credit check - usually takes 10 days": a verb with no one before it says more of the same thing.
                    statements[^1] = statements[^1] with { Text = $"{statements[^1].Text} — {said.Trim().TrimEnd('.', '!')}", Quote = $"{statements[^1].Quote} — {said}" };
                    previous = said;
                    continue;
                }

                if (opener is { } opened && (labelled || _imperative.IsMatch(said)))
                {
                    // "agreed in today's sync: no more unpaid take-homes. max 2 hrs and we pay them €150 for it": what follows a note's label
                    // is the note's; "for eng roles stop sourcing on Indeed, it's noise. go to GitHub first": an instruction after a standing one goes with it.
                    statements[opened] = statements[opened] with { Text = $"{statements[opened].Text}. {Clean(said)}", Quote = $"{statements[opened].Quote} {said}" };
                    previous = said;
                    previousKept = opened == statements.Count - 1;
                    continue;
                }
            }

            if (statement is not null)
            {
                statements.AddRange(ListItems(statement) ?? Halves(statement));
                // A note under a name ("candidate for Halcyon: Dana Whitfield - 2 weeks notice, asking 185k") goes on after a dash as one under a cue does.
                labelled = (_explicit.Match(said) is { Success: true } label && label.Value.Contains(':', StringComparison.Ordinal)) || (statement.Weak && _label.IsMatch(said));
                opener = labelled || (statement.Kind == MemoryKind.Preference && Standing(said)) ? statements.Count - 1 : null;
            }

            previous = said;
            previousKept = statement is not null;
        }

        // "he's got epilepsy so keep him off the forklifts, keep that in mind": what says someone's protected attribute is never kept.
        return [.. WithOwnContext(text, WithNewcomers(statements)).Where(s => !_protected.About(s.Quote) && !_protected.About(s.Text))];
    }

    /// <summary>
    /// The statements with a departure and the newcomer told in the next sentence made one correction ("Marta Puig has moved to their
    /// Mallorca hotel. Jordi Ferrer is the new GM in Girona"): the newcomer takes the place of the one who left in the memory corrected,
    /// rather than the place they went to, and is no second memory beside it.
    /// </summary>
    private static List<MemoryStatement> WithNewcomers(List<MemoryStatement> statements)
    {
        var joined = new List<MemoryStatement>(statements.Count);
        foreach (var statement in statements)
        {
            if (joined.Count > 0 && joined[^1] is { Corrects: true } left && !statement.Corrects && MemoryCorrection.Gone(left.Text).Count > 0
                && Newcomer().IsMatch(statement.Text) && MemoryCorrection.Names(statement.Text).Any(n => !MemoryCorrection.Gone(left.Text).Any(g => MemoryCorrection.SharesWord(g, n))))
            {
                joined[^1] = left with { Text = $"{left.Text}. {statement.Text}", Quote = $"{left.Quote}. {statement.Quote}", Replaces = true };
                continue;
            }

            joined.Add(statement);
        }

        return joined;
    }

    // "X is the new GM", "Y takes over the sign-offs", "Z replaces her", "nuevo contacto", "neue Ansprechpartnerin": someone who comes.
    [GeneratedRegex(@"\b(?:new|takes?\s+over|taken\s+over|taking\s+over|replaces?|replacing|stepp(?:ed|ing)\s+in|nuev[oa]|nouveau|nouvelle|neue[rn]?|nieuwe?|nov[oa]|nuov[oa]|(?-i:ny|nya|nye|nytt)|nowy|nowa|yeni)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Newcomer();

    /// <summary>
    /// The lines under a clause that heads notes ("my notes from the kickoff:", "call notes for the file:"), each on a line of
    /// its own opening with a bullet or a number; empty when the clause heads none.
    /// </summary>
    private List<MemoryClause> NoteLines(string text, IReadOnlyList<MemoryClause> clauses, int at)
    {
        var header = clauses[at];
        if (!header.Text.EndsWith(':') || !_noteHeader.IsMatch(header.Text))
        {
            return [];
        }

        var lines = new List<MemoryClause>();
        for (var i = at + 1; i < clauses.Count && Bullet().IsMatch(clauses[i].Text) && text[..clauses[i].Start].TrimEnd(' ', '\t').EndsWith('\n'); i++)
        {
            lines.Add(clauses[i]);
        }

        return lines.Count == clauses.Count - at - 1 ? lines : [];
    }

    /// <summary>
    /// The things a clause that announces several of them goes on to tell ("couple of things for Hyderabad: …", "due cose su come lavoro:
    /// …", "zwei Dinge zu Brandl: …"): what follows its colon and every clause after it, each kept alone with the name the heading gives;
    /// empty when the clause announces none, or a clause after it asks for work or a question (the heading then told the work's details).
    /// </summary>
    private List<MemoryStatement> Announced(IReadOnlyList<MemoryClause> clauses, int at)
    {
        var clause = clauses[at].Text;
        var colon = clause.IndexOf(':', StringComparison.Ordinal);
        // "every morning send me 3 things: …" is one instruction, its things what goes in it.
        if (colon <= 0 || clause[..colon] is var head && (MemoryWords.Split(head).Count > MaxTopicWords || !_announces.IsMatch(head) || _never.IsMatch(head) || Standing(head) || _imperative.IsMatch(head)))
        {
            return [];
        }

        // "tre cose da ricordare: firmo come 'Giulia', scrivo in inglese, e il venerdì non fisso colloqui": the things told in the one sentence, between its commas.
        var rest = at + 1 < clauses.Count ? clauses.Skip(at + 1).Select(c => c.Text).ToList()
            : [.. Separated(clause[(colon + 1)..]).Select(t => t.Trim()).Where(t => t.Length > 0)];
        if (at + 1 >= clauses.Count)
        {
            clause = clause[..(colon + 1)];
        }

        // Two parts of one sentence may share what the first opens with ("couple of things: at Marlow the lead is Omar, and new hires…"): those Halves reads.
        if (at + 1 >= clauses.Count && (rest.Count < SentenceThings || rest.Any(t => !Verb.IsMatch(t) && MemoryWords.Split(t).Count < ItemWords)))
        {
            return [];
        }

        if (rest.Any(c => _never.IsMatch(c) || _work.IsMatch(c) || !HasWords(c)))
        {
            return [];
        }

        var names = MemoryCorrection.Names(head);
        var about = names.FirstOrDefault(n => n.Contains(' ', StringComparison.Ordinal)) ?? names.FirstOrDefault(n => head.IndexOf(n, StringComparison.Ordinal) > head.Length - head.TrimStart().Length);
        var first = clause[(colon + 1)..].Trim();
        var told = new List<MemoryStatement>();
        foreach (var (thing, quote) in (HasWords(first) ? [(first, clause)] : Array.Empty<(string, string)>()).Concat(rest.Select(r => (r, r))))
        {
            var note = Clean(thing);
            var item = Explicit(about is null || Mentions(note, about) ? note : $"{about}, {note}", quote);
            told.AddRange(ListItems(item) ?? [item]);
        }

        return told;
    }

    // "usually takes 10 working days", "then goes to the panel": a verb with no one doing it, who is the one of the clause before.
    [GeneratedRegex(@"^\W*(?:(?:usually|normally|typically|generally|always|often|also|only|still|then|and|but|mostly)\s+)*(?:takes|lasts|needs|runs|goes|means|costs|requires|includes|comes|starts|ends|happens|gets|pays|covers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Subjectless();

    [GeneratedRegex(@"^(?:[-*•·–]|\d{1,2}[.)])\s*\S", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Bullet();

    private MemoryStatement? Statement(string clause)
    {
        if (_never.IsMatch(clause))
        {
            return null;
        }

        if (_explicit.Match(clause) is { Success: true } cue && Clean(clause[(cue.Index + cue.Length)..]) is { Length: > 0 } kept && HasWords(kept))
        {
            // "what they need is NEBOSH, pls note for all their reqs": a cue late in the clause with only a pointer after it keeps what came before.
            if (cue.Index > 0 && Pointer.IsMatch(kept) && Clean(clause[..cue.Index]) is { Length: > 0 } earlier && HasWords(earlier))
            {
                return Explicit(earlier, clause);
            }

            // "Brightwater Pharma terms, for the file: 22% fee, …": a name before the cue says what the rest is about, and stays with it.
            var topic = clause[..cue.Index].Trim().TrimEnd(',', ';', ':', '-', '–', '—').Trim();
            if (cue.Index > 0 && topic.Length > 0 && IsNamedTopic(topic))
            {
                return Explicit($"{Clean(topic)}: {kept}", clause);
            }

            // "Agreed with Harbour Health today: 17% fee, …": a name inside the cue says what the rest is about, and stays with it.
            return MemoryCorrection.Names(cue.Value).FirstOrDefault(n => n.Contains(' ', StringComparison.Ordinal)) is { } named && !Mentions(kept, named)
                ? Explicit($"{named}: {kept}", clause)
                : Explicit(kept, clause);
        }

        if (Headed(clause) is { } headed)
        {
            return headed;
        }

        if (_tail.Match(clause) is { Success: true, Index: > 0 } tail && Clean(clause[..tail.Index]) is { Length: > 0 } before && HasWords(before))
        {
            return Explicit(before, clause);
        }

        if (_weakTail.Match(clause) is { Success: true, Index: > 0 } weak && Clean(clause[..weak.Index]) is { Length: > 0 } told && (IsPreference(told) || _fact.IsMatch(told) || _scoped.IsMatch(told)))
        {
            return Explicit(told, clause);
        }

        if (_weak.Match(clause) is { Success: true } weakCue && Clean(clause[weakCue.Length..]) is { Length: > 0 } noted && HasWords(noted))
        {
            // "fyi our HM hates job hoppers" is a memory; "fyi it's a lead position" is one only when no project work is asked for.
            // "au passage, chez Octave le process c'est toujours un test à la maison": how things always go outlasts the work asked.
            var tells = IsPreference(noted) || _fact.IsMatch(noted) || _scoped.IsMatch(noted) || SomeoneNamed().IsMatch(noted) || Standing(noted);
            return Explicit(noted, clause) with { Weak = !tells, Importance = tells ? ExplicitImportance : FactImportance };
        }

        var corrects = _correction.IsMatch(clause);
        if (IsPreference(clause))
        {
            return new MemoryStatement(Clean(clause), clause, MemoryKind.Preference, PreferenceImportance, corrects, corrects && _replaces.IsMatch(clause));
        }

        if (_fact.IsMatch(clause))
        {
            return new MemoryStatement(Clean(clause), clause, MemoryKind.Fact, FactImportance, corrects, corrects && _replaces.IsMatch(clause));
        }

        if (FromNowOn().Match(clause) is { Success: true, Index: > 0 } forward && clause[..forward.Index] is var how && HasWords(how) && !Verb.IsMatch(how) && !_work.IsMatch(how))
        {
            // "first names and friendly from now on", "PDFs only going forward": how to do things, said without a verb, for every time after.
            return new MemoryStatement(Clean(clause), clause, MemoryKind.Preference, PreferenceImportance, corrects, corrects && _replaces.IsMatch(clause));
        }

        if (_instead.Match(clause) is { Success: true } instead && HasWords(clause[instead.Length..]))
        {
            // "fine. what she actually needs: an RN licence and ICU years": what to keep instead of what was refused, beside any work.
            return new MemoryStatement(Clean(clause), clause, MemoryKind.Fact, FactImportance, false, false);
        }

        // "Chicago wants 3 references per candidate", "TX reqs: no relocation package": a rule of a place or a note filed under
        // one, kept when the message asks for no work ("Berlin: 3 backend devs, Go" is a request).
        return _scoped.IsMatch(clause) || (_label.Match(clause) is { Success: true } label && HasWords(clause[label.Length..]))
            ? new MemoryStatement(Clean(clause), clause, MemoryKind.Fact, FactImportance, corrects, corrects && _replaces.IsMatch(clause), Weak: true)
            : null;
    }

    /// <summary>
    /// A short heading before a colon that asks to keep what follows ("A o Marcie Zielińskiej zapamiętaj: …", "also notes on Dmitri
    /// Volkov for later: …") or says it holds for every role of a client ("Wichtig für alle Keller-Rollen: …"): what follows is kept,
    /// under the name the heading gives; null when the clause has no such heading.
    /// </summary>
    private MemoryStatement? Headed(string clause)
    {
        var colon = clause.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || clause[..colon] is var head && (MemoryWords.Split(head).Count > MaxTopicWords || _never.IsMatch(head) || !(_cueInside.IsMatch(head) || ForEveryRole(head))))
        {
            return null;
        }

        var rest = Clean(clause[(colon + 1)..]);
        if (!HasWords(rest))
        {
            return null;
        }

        // The name a heading gives: a name of two words ("Dmitri Volkov"), else one that does not open the heading ("Keller-Rollen").
        var names = MemoryCorrection.Names(head);
        var about = names.FirstOrDefault(n => n.Contains(' ', StringComparison.Ordinal)) ?? names.FirstOrDefault(n => head.IndexOf(n, StringComparison.Ordinal) > head.Length - head.TrimStart().Length);
        var kept = Explicit(about is null || Mentions(rest, about) ? rest : $"{about}: {rest}", clause);
        return ForEveryRole(head) ? kept with { Kind = MemoryKind.Preference } : kept;
    }

    /// <summary>
    /// Whether a heading only says what follows holds for every role ("Wichtig für alle Keller-Stellen"): a standing cue and a word for
    /// roles, with no verb of its own ("every morning send me 3 things:" says what to do itself) and no correction ("back to the paralegal one:" names the work).
    /// </summary>
    private bool ForEveryRole(string head) =>
        Standing(head) && RoleWord().IsMatch(head) && !Verb.IsMatch(head) && !_imperative.IsMatch(head) && !_correction.IsMatch(head) && !_work.IsMatch(head);

    [GeneratedRegex(@"(?:roles?|reqs?|positions?|jobs?|vacanc(?:y|ies)|openings?|hires?|rollen|stellen|positionen|postes|puestos|vacantes|ruoli|posizioni|tj(?:ä|a)nster|roller|functies|vacatures)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex RoleWord();

    /// <summary>Whether a clause ends with a cue that asks to keep ("also for my records", "…, and while i remember"), with nothing after it.</summary>
    private bool EndsWithCue(string clause) =>
        (PointsBack(clause) || _explicit.Matches(clause).Any(m => m.Index > 0 && !HasWords(Clean(clause[(m.Index + m.Length)..])))
            || _tail.Match(clause) is { Success: true, Index: > 0 })
        && !(_explicit.Match(clause) is { Success: true, Index: > 0 } cue ? Tells(clause[..cue.Index]) : _tail.Match(clause) is { Success: true, Index: > 0 } tail && Tells(clause[..tail.Index]));

    // "Priyanka Raghunathan said she'd move for 72k", "Sanne de Wit: 2 mnd opzegtermijn": someone named in full, then what they said or a note on them.
    [GeneratedRegex(@"^(?-i:\p{Lu})\p{Ll}+(?:\s+(?:de|van|von|da|di|del|der|den|dos|du|le|la|ten|ter))*\s+(?-i:\p{Lu})[\p{L}'’-]+\s*(?::|\s+(?:said|says|told|tells|asked|asks|wants|needs|is|has|can|can't|won't|will|would|prefers|expects|accepted|declined|vraagt|wil|heeft|is|sagt|hat|will|kann|dit|veut|a|est|peut|dice|quiere|tiene|pide|puede|diz|quer|tem|pede|vuole|chiede|ha)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex SomeoneNamed();

    /// <summary>
    /// Whether a clause corrects the statement the same message told just before ("no wait, Paul left, it's Paula Venn
    /// now"): it says someone in it is gone, or says what replaces it and tells nothing of its own.
    /// </summary>
    private bool CorrectsBefore(string clause, MemoryStatement before) =>
        _correction.IsMatch(clause)
        && (MemoryCorrection.Gone(clause).Any(g => MemoryCorrection.Names(before.Text).Any(n => MemoryCorrection.SharesWord(n, g)))
            || (_replaces.IsMatch(clause) && !_fact.IsMatch(clause) && !IsPreference(clause)));

    /// <summary>
    /// Whether a sentence points back at the one before with a pronoun ("always drop them into a Google Sheet") and names
    /// nothing itself, or opens with "he" or "she" ("… TA lead is Priya - she wants every CV anonymised"), so it is kept with it rather than alone.
    /// </summary>
    private static bool PointsBackInside(string clause) =>
        ObjectPronoun.IsMatch(clause) || PersonPronoun.IsMatch(clause) || (SubjectPronoun.IsMatch(clause) && MemoryCorrection.Names(clause).Count == 0);

    // "drop them into a Google Sheet", "anything over that needs Wei Ling to approve": what was done to, or measured against, is
    // the thing the sentence before spoke of.
    private static readonly Regex ObjectPronoun = new(@"^\W*(?:\p{L}+\s+){1,3}?them\b|^\W*(?:\p{L}+\s+){0,2}?(?:over|above|below|under|beyond|outside)\s+that\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    // "plus she needs the Leeds office", "and he wants hybrid": more said of the one the statement before is about.
    [GeneratedRegex(@"^\W*(?:plus|and|also|oh\s+and)\s+(?:he|she|they)(?:['’]s|['’]d)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex PlusSomeone();

    // "just '— Kofi'", "“Cheers, Ana” instead": a clause that is only a quote, with at most a word before or after it.
    [GeneratedRegex(@"^\W*(?:just|only|instead|simply|rather|use|plain)?\s*(?:'[^']+'|‘[^’]+’|""[^""]+""|“[^”]+”)\s*(?:instead|only|please|pls|thanks)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex QuoteOnly();

    private static readonly Regex SubjectPronoun = new(@"\b(?:it|they|their)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    /// <summary>Whether words tell a fact or a preference on their own.</summary>
    private bool Tells(string text) => _fact.IsMatch(text) || _scoped.IsMatch(text) || IsPreference(text);

    /// <summary>
    /// Whether a standing cue says how things always go; a frequency word closing a list item that holds no one and no verb
    /// hedges that item instead ("we need a planner in Derby, SAP PM is a must, CMMS experience generally": the CMMS
    /// experience is what is generally needed, no rule of the recruiter's).
    /// </summary>
    private bool Standing(string text) =>
        _standing.Matches(text).Any(m => !(HedgeWord().IsMatch(m.Value) && ClosesItsItem(text, m) && !HasActor(ItemBefore(text, m))));

    private static bool ClosesItsItem(string text, Match cue) => ItemEnd().IsMatch(text[(cue.Index + cue.Length)..]);

    private static string ItemBefore(string text, Match cue) =>
        text[(text.LastIndexOfAny([',', ';', '.', '!', '?', '\n'], Math.Max(0, cue.Index - 1)) + 1)..cue.Index];

    private bool HasActor(string item) =>
        item.Trim().Length == 0 || FirstPerson.IsMatch(item) || _wants.IsMatch(item) || _liking.IsMatch(item) || _holder.IsMatch(item) || _imperative.IsMatch(item) || _process.IsMatch(item);

    [GeneratedRegex(@"[\s,;-]+(?:from\s+now\s+on|going\s+forward|moving\s+forward|from\s+here\s+on(?:\s+(?:in|out))?|in\s+(?:the\s+)?future|from\s+today|a\s+partir\s+de\s+(?:ahora|hoy|agora)|ab\s+(?:jetzt|sofort)|vanaf\s+nu|d[ée]sormais|(?:à|a)\s+partir\s+de\s+maintenant)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex FromNowOn();

    [GeneratedRegex(@"^(?:generally|usually|normally|typically)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex HedgeWord();

    [GeneratedRegex(@"^\s*(?:[,;.!?]|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ItemEnd();

    private MemoryKind KindOf(string part, MemoryStatement whole) =>
        whole.Importance >= ExplicitImportance
            ? Explicit(part, part).Kind
            : IsPreference(part) ? MemoryKind.Preference : MemoryKind.Fact;

    // "…, and the HM is Luc", "… and our Pune HM is Rakesh", "…, Christchurch roles are…": where a second statement may begin.
    [GeneratedRegex(@",\s*(?:and|plus)\s+(?:also\s+)?|\s+and\s+(?:also\s+)?(?=(?:the|our|my|their|all|every|we|i)\b|(?-i:\p{Lu}))|,\s*(?=(?:the|our|my|their|all|every)\b|(?-i:\p{Lu}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"[\s,]*(?:and|plus)(?:\s+also)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex TrailingAnd();

    // "For the Lagos roles, …", "Lagos refinery project — …", "at Brouwer Systems in Utrecht the HM is …": the scope a first statement opens with.
    [GeneratedRegex(@"^(?:(?<scope>(?:for|in|at|on)\s+(?:the\s+|our\s+)?[^,]{2,40}?),|(?<scope>[^,—–]{2,40}?)\s+[—–-]\s+|(?<scope>(?:for|in|at|on|with|bij|bei)\s+(?:the\s+|our\s+)?(?-i:\p{Lu})[\p{L}&'’.-]*(?:\s+(?:&\s+|(?:in|of|de|van)\s+)?(?-i:\p{Lu})[\p{L}&'’.-]*){0,4})\s+(?=(?:the|our|their|every|all|each)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex LeadingScope();

    private MemoryStatement Explicit(string kept, string clause)
    {
        // Asked to keep it, a liking of the recruiter's own is a preference too ("note that I like GitHub links").
        var preference = _liking.IsMatch(kept) || _standing.IsMatch(kept) || _imperative.IsMatch(kept) || (_wants.IsMatch(kept) && FirstPerson.IsMatch(kept));
        var corrects = _correction.IsMatch(clause);
        return new MemoryStatement(kept, clause, preference ? MemoryKind.Preference : MemoryKind.Fact, ExplicitImportance, corrects, corrects && _replaces.IsMatch(clause));
    }

    /// <summary>
    /// A standing cue with a liking, someone who holds it, or an instruction; someone else's liking; or the
    /// recruiter's own liking about how they work ("I prefer phone screens before video calls").
    /// </summary>
    private bool IsPreference(string clause)
    {
        var liking = _liking.IsMatch(clause);
        var holder = _holder.IsMatch(clause);
        if (Standing(clause))
        {
            return liking || _wants.IsMatch(clause) || holder || FirstPerson.IsMatch(clause) || _imperative.IsMatch(clause) || _process.IsMatch(clause);
        }

        return liking && (holder || (FirstPerson.IsMatch(clause) && _process.IsMatch(clause)));
    }

    /// <summary>A clause that is only "remember that", "keep in mind", "btw": it asks to keep the clause before it.</summary>
    private bool PointsBack(string clause)
    {
        var cue = _explicit.Match(clause);
        if (cue.Success && cue.Index == 0)
        {
            return Pointer.IsMatch(clause[cue.Length..]);
        }

        var tail = _tail.Match(" " + clause);
        return tail.Success && Pointer.IsMatch(clause[..Math.Max(0, tail.Index - 1)]);
    }

    /// <summary>
    /// A clause that asks to keep something ("note:", "keep in mind", "fyi") but only names what it is about
    /// ("for the band 5 nurse posts at the Glasgow Royal", "Lagos refinery project"): a few words that tell
    /// nothing by themselves.
    /// </summary>
    private bool IsTopicOnly(string clause)
    {
        var cue = _explicit.Match(clause) is { Success: true, Index: 0 } strong ? strong : _weak.Match(clause);
        if (!cue.Success)
        {
            return false;
        }

        var topic = Clean(clause[(cue.Index + cue.Length)..]);
        var count = MemoryWords.Split(topic).Count;
        return count is >= 1 and <= MaxTopicWords && !Verb.IsMatch(topic) && !_fact.IsMatch(topic) && !IsPreference(topic) && !_liking.IsMatch(topic) && !_wants.IsMatch(topic);
    }

    /// <summary>A clause that only names something ("Poznań warehouse stuff", "Norrvik senior PM loop"): a few words with a capital and no verb.</summary>
    private bool IsNamedTopic(string clause)
    {
        var count = MemoryWords.Split(clause).Count;
        // Not the work at hand ("working on the VP risk req - …") nor a correction ("sorry, not Dublin - it's the Cork office").
        return count is >= 2 and <= MaxTopicWords && char.IsUpper(clause.TrimStart()[0]) && !MemoryWords.Split(clause)[0].EndsWith("ing", StringComparison.Ordinal)
            && !Verb.IsMatch(clause) && !_never.IsMatch(clause) && !_correction.IsMatch(clause) && !_work.IsMatch(clause) && !_fact.IsMatch(clause) && !IsPreference(clause);
    }

    /// <summary>Whether the clause follows the one before after a dash, not a sentence's end.</summary>
    private static bool DashBefore(string text, MemoryClause next) =>
        text[..next.Start].TrimEnd() is { Length: > 0 } before && before[^1] is '-' or '–' or '—';

    /// <summary>
    /// Whether a clause that tells nothing by itself may go on with a statement before it: not a question, nor work asked for, nor a
    /// correction (<see cref="CorrectsBefore"/> reads those).
    /// </summary>
    private bool Continues(string clause) => !_never.IsMatch(clause) && !_work.IsMatch(clause) && !_correction.IsMatch(clause) && HasWords(clause);

    /// <summary>
    /// Whether a few words after a dash finish the statement before them ("— email only") rather than say something of their own
    /// ("- it's the Cork office" puts it right): no one they speak of, no "is".
    /// </summary>
    private bool Finishes(string clause) =>
        MemoryWords.Split(clause).Count <= MaxFragmentWords && Continues(clause) && !SaysOfItsOwn().IsMatch(clause);

    /// <summary>The most words after a dash that finish the statement before it.</summary>
    private const int MaxFragmentWords = 4;

    [GeneratedRegex(@"\b(?:it|that|this|he|she|they|we|i|you|is|are|was|were|not|no)\b|['’](?:s|re)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex SaysOfItsOwn();

    /// <summary>The most words a clause that only names a topic has.</summary>
    private const int MaxTopicWords = 10;

    // A finite verb: a clause with one tells something itself.
    private static readonly Regex Verb = new(@"\b(?:is|are|was|were|'s|'re|has|have|had|do|does|did|will|would|can|could|must|should|need|needs|want|wants|runs?|takes?|gets?|goes|go|only|always|never|don't|doesn't|won't|can't|isn't|aren't)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    private static bool HasWords(string text) => MemoryWords.Split(text).Count >= 2;

    /// <summary>The fewest things one sentence after a heading lists for each to be kept alone.</summary>
    private const int SentenceThings = 3;

    /// <summary>The fewest words an item of a sentence listing several things has, when no verb says it is one.</summary>
    private const int ItemWords = 3;

    /// <summary>The most words a greeting before a heading has ("Ciao!", "hi there").</summary>
    private const int GreetingWords = 2;

    private static string Clean(string text)
    {
        // "oh and our HM there is Rick" is kept as "Our HM there is Rick".
        var trimmed = Filler.Replace(text.Trim(), "").Trim().Trim(',', ':', ';', '-', '–', '—', ' ').TrimEnd('.', '!');
        return trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }
}
