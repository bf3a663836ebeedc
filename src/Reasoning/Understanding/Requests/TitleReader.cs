using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// The job title of a request: a title of the vocabulary when one is written ("SRE", "back-end
/// developers", "Java dev" read as "java developer"); else the noun phrase that ends in a title's
/// head noun ("commercial contracts lawyer"), kept in the recruiter's own words (an async caller may
/// replace it with the vocabulary title nearest in meaning: <see cref="RoleRequestReader.ReadAsync"/>).
/// A known skill or product before a title's head is the recruiter's own title ("Guidewire
/// developer", never the generic "developer"); a tool's name that is also a job ("Playwright",
/// "Chef") is a title only outside a list of skills, and never when only ESCO's long tail has it.
/// Never a guess from nothing.
/// </summary>
public sealed partial class TitleReader(TitleVocabulary titles, TitleHeads heads, RequestWords words, SkillVocabulary skills)
{
    private const int MaxModifiers = 3;
    // Lower-case words of chat that are also titles in capitals: "gm" (good morning), "np" (no problem), "coo", "svp" (French for please).
    private static readonly HashSet<string> ChatAbbreviations = new(StringComparer.Ordinal) { "gm", "np", "coo", "don", "ea", "svp" };

    private readonly PeopleWordTitles _people = new(titles, heads);

    private static readonly HashSet<string> ListSeparators = new(StringComparer.Ordinal) { ",", "+", "/", "&", ";", "and", "or" };

    /// <summary>
    /// Whether a vocabulary title is the same kind of job as the recruiter's own phrase: it keeps the phrase's head
    /// noun ("integration analyst" is no "integration engineer"); a phrase without a known head leaves it to meaning.
    /// </summary>
    public bool SameKind(string phrase, string title)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 || !heads.IsHead(words[^1], out var head)
            || title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => heads.IsHead(w, out var other) && heads.SameKind(head, other));
    }

    /// <summary>The canonical title when the words are one of the vocabulary's titles and nothing else ("sous chef"), or null.</summary>
    public string? WholeTitle(string written) =>
        titles.Find(written) is [{ } only] && only.Start == 0 && only.Length == written.Length ? only.Value.Name : null;

    /// <summary>Whether the title as written carries its level word as part of the job's name ("staff nurse").</summary>
    public bool NamesItsLevel(TitleReading title) => title.Origin == TitleOrigin.Vocabulary && titles.LevelInName(title.Written);

    /// <param name="text">The message.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="skip">Tokens claimed by other readers (places, skills already known not to be titles).</param>
    public TitleReading? Read(string text, IReadOnlyList<Token> tokens, bool[] skip) =>
        ReadWritten(text, tokens, skip) is { } title && !TitleSpeaker.Speaks(text, tokens[title.FirstToken].Start, tokens[title.EndToken - 1].End)
            && !(title.Origin != TitleOrigin.Vocabulary && Negated(title.Written)) ? title : null;

    /// <summary>
    /// The title an answer to "what's the role?" names by its work alone, with no head noun ("senior backend" is a backend
    /// engineer, "full stack" a full stack engineer), or with the head first as French and Spanish put it ("dev full stack"):
    /// the one title the vocabulary writes with those words and a head. Only the answer's first phrase counts (up to its
    /// first punctuation mark, function word or place), levels left out.
    /// </summary>
    public TitleReading? WorkTitle(string text, IReadOnlyList<Token> tokens, bool[] skip)
    {
        var first = 0;
        while (first < tokens.Count && tokens[first].Kind == TokenKind.Word && !skip[first]
            && (words.Is(WordKind.Function, tokens[first].Folded) || words.Seniority.IsLevelWord(tokens[first].Folded)))
        {
            first++;
        }

        var end = first;
        while (end < tokens.Count && end - first < MaxModifiers + 1 && tokens[end].Kind == TokenKind.Word && !skip[end]
            && !words.Is(WordKind.Function, tokens[end].Folded) && !words.Seniority.IsLevelWord(tokens[end].Folded))
        {
            end++;
        }

        // Words run on past a title's length ("need someone for the payments team") are no name of the work.
        if (end == first || end - first > MaxModifiers)
        {
            return null;
        }

        var folded = tokens.Skip(first).Take(end - first).Select(t => t.Folded).ToList();
        if (folded.Count > 1 && (heads.IsHead(folded[0], out _) || words.IsTitleShortForm(folded[0]))
            && titles.Canonical(string.Join(' ', folded.Skip(1).Append(words.TitleWord(folded[0])))) is { } reordered)
        {
            return new TitleReading(reordered, Written(text, tokens, first, end - 1), TitleOrigin.Nearest, first, end - first);
        }

        // The words nearest the head name the work ("commercial backend": backend).
        for (var start = first; start < end; start++)
        {
            if (_people.Title(string.Join(' ', folded.Skip(start - first))) is { } title)
            {
                return new TitleReading(title, Written(text, tokens, first, end - 1), TitleOrigin.Nearest, first, end - first);
            }
        }

        return null;
    }

    // "sorry, not lead — a solid senior": what the recruiter says the role is not names no title.
    private static bool Negated(string written) =>
        written.StartsWith("not ", StringComparison.OrdinalIgnoreCase) || written.StartsWith("no ", StringComparison.OrdinalIgnoreCase);

    private TitleReading? ReadWritten(string text, IReadOnlyList<Token> tokens, bool[] skip)
    {
        // The most specific title written: the longest, a product title before ESCO's long tail, then the first;
        // a level alone ("Principal") is a title only when nothing else is.
        var skillsWritten = skills.Find(text, tokens);
        var written = titles.Find(text, tokens);
        var tools = written.Where(m => IsToolName(m, tokens, skillsWritten)).ToList();
        var fromVocabulary = written.Except(tools)
            .Where(m => !Overlaps(m.FirstToken, m.TokenCount, skip) && !Possessive(text, m.Start + m.Length) && !ShoutedPlural(m) && !TitleSpeaker.Speaks(text, m.Start, m.Start + m.Length)
                && !(PeopleAlreadyThere(tokens, m.FirstToken, m.Text) && !m.Value.Name.EndsWith('s')) && !UsedAsAVerb(tokens, m.FirstToken, m.TokenCount)
                && !UsedAsAComparative(tokens, m.FirstToken, m.TokenCount) && !NamesWhenTheyStart(tokens, m.FirstToken, m.TokenCount)
                && !NamesACredential(tokens, m.FirstToken + m.TokenCount))
            .OrderBy(m => m.TokenCount == 1 && words.Seniority.IsLevelWord(m.Text) ? 1 : 0)
            // "not head chef, sous chef": the title said not to be the one comes last.
            .ThenBy(m => m.FirstToken > 0 && tokens[m.FirstToken - 1].Folded is "not" ? 1 : 0)
            .ThenByDescending(m => m.TokenCount)
            .ThenBy(m => m.Value.Source == TitleSource.Product ? 0 : 1)
            .ThenBy(m => m.FirstToken)
            .FirstOrDefault();
        var shortForm = ShortForm(text, tokens, skip, skillsWritten);
        if (shortForm is not null && (fromVocabulary is null || shortForm.FirstToken <= fromVocabulary.FirstToken))
        {
            return shortForm;
        }

        if ((fromVocabulary is null || (fromVocabulary.TokenCount == 1 && words.Seniority.IsLevelWord(fromVocabulary.Text)))
            && (WithCaseEnding(text, tokens, skip) ?? WithAdjectiveCase(text, tokens, skip)) is { } inflected)
        {
            return inflected;
        }

        if (fromVocabulary is not null)
        {
            if (Compound(text, tokens, skip, skillsWritten, fromVocabulary) is { } compound)
            {
                return compound;
            }

            if (Extended(text, tokens, () => Spans(tokens, skip, tools), skillsWritten, fromVocabulary) is { } extended)
            {
                return extended;
            }

            return new TitleReading(fromVocabulary.Value.Name, fromVocabulary.Text, TitleOrigin.Vocabulary, fromVocabulary.FirstToken, fromVocabulary.TokenCount);
        }

        if (LowerCaseAcronym(text, tokens, skip) is { } typed)
        {
            return typed;
        }

        if (PeopleWordTitle(text, tokens, skip) is { } people)
        {
            return people;
        }

        return heads.TitlePhrase(text, tokens, Spans(tokens, skip, tools)) is { } phrase ? FromPhrase(text, tokens, phrase, skillsWritten) : null;
    }

    // What a title phrase may not run over: tokens other readers claimed, and tools' names.
    private static List<(int Start, int Length)> Spans(IReadOnlyList<Token> tokens, bool[] skip, List<PhraseMatch<TitleEntry>> tools) =>
        [.. Enumerable.Range(0, tokens.Count).Where(i => skip[i]).Select(i => (tokens[i].Start, tokens[i].Length)).Concat(tools.Select(t => (t.Start, t.Length)))];

    /// <summary>
    /// "QA lab manager", "SDR team coordinator": a title abbreviated in capitals, followed by more words and a head noun,
    /// is a modifier of the recruiter's longer title. A level word alone after it is its level ("SRE lead").
    /// </summary>
    private TitleReading? Extended(string text, IReadOnlyList<Token> tokens, Func<List<(int Start, int Length)>> spans, IReadOnlyList<PhraseMatch<SkillEntry>> known, PhraseMatch<TitleEntry> title)
    {
        if (title.TokenCount != 1 || !title.Text.All(char.IsAsciiLetterUpper) || heads.TitlePhrase(text, tokens, spans()) is not { } phrase
            || phrase.Start > title.Start || phrase.End <= title.End)
        {
            return null;
        }

        var (first, count) = TokenSpan(tokens, phrase.Start, phrase.Length);
        var after = first + count - title.EndToken;
        return after > 1 || !words.Seniority.IsLevelWord(tokens[first + count - 1].Folded) ? FromPhrase(text, tokens, phrase, known) : null;
    }

    /// <summary>The noun phrase that ends in a head, as a vocabulary title when it is one written out, else in the recruiter's words.</summary>
    private TitleReading? FromPhrase(string text, IReadOnlyList<Token> tokens, PhraseMatch<string> phrase, IReadOnlyList<PhraseMatch<SkillEntry>> skillsWritten)
    {
        if (Possessive(text, phrase.Start + phrase.Length))
        {
            return null;
        }

        var (first, count) = TokenSpan(tokens, phrase.Start, phrase.Length);
        if (PeopleAlreadyThere(tokens, first, phrase.Text) || UsedAsAVerb(tokens, first, count) || UsedAsAComparative(tokens, first + count - 1, 1)
            || NamesWhenTheyStart(tokens, first + count - 1, 1))
        {
            return null;
        }

        var own = Fold(phrase.Value);
        if ((titles.Canonical(own) ?? titles.Canonical(Expanded(own))) is { } known)
        {
            return new TitleReading(known, phrase.Text, TitleOrigin.Vocabulary, first, count);
        }

        return new TitleReading(own, phrase.Text, OwnOrigin(tokens, first, first + count - 1, skillsWritten), first, count);
    }

    /// <summary>
    /// "pm for a fintech in sf", "need a csm": a title matched only in capitals ("PM", never "3 pm") typed in lower case
    /// where a role is named: the message's first word, or after "a"/"an" or a level; not a function word ("em") or a
    /// word of chat ("gm", "np"), not before a number ("pm 3") or a pronoun ("pm me"), not a contraction ("don't").
    /// </summary>
    private TitleReading? LowerCaseAcronym(string text, IReadOnlyList<Token> tokens, bool[] skip)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (skip[i] || token.Kind != TokenKind.Word || token.Text.Length is < 2 or > 4 || !token.Text.All(char.IsAsciiLetterLower)
                || words.Is(WordKind.Function, token.Folded) || ChatAbbreviations.Contains(token.Folded) || (token.End < text.Length && text[token.End] is '\'' or '’'))
            {
                continue;
            }

            var leads = i == 0 || tokens[i - 1].Folded is "a" or "an" || words.Seniority.LevelOf(tokens[i - 1].Folded) is not null;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : (Token?)null;
            if (!leads || next is { Kind: TokenKind.Number } || next?.Folded is "me" or "him" or "her" or "them" or "us")
            {
                continue;
            }

            var written = token.Text.ToUpperInvariant();
            if (titles.Lookup(written) is { } entry && entry.CaseSensitiveAliases.Contains(written, StringComparer.Ordinal))
            {
                return new TitleReading(entry.Name, token.Text, TitleOrigin.Vocabulary, i, 1);
            }
        }

        return null;
    }

    private static readonly HashSet<string> NamesAnOpenOne = new(StringComparer.Ordinal) { "the", "this", "that", "our", "your", "their", "my", "its" };

    /// <summary>"a few backend folks in berlin", "3 java resources", "a backend role": the work's word before a word for people or a vacancy (<see cref="PeopleWordTitles"/>).</summary>
    private TitleReading? PeopleWordTitle(string text, IReadOnlyList<Token> tokens, bool[] skip)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var work = tokens[i - 1];
            // Not "PRs or people" (the OR nurse), "more junior candidates" (a junior doctor): a word of the sentence or a level names no work.
            if (skip[i] || skip[i - 1] || work.Kind != TokenKind.Word || !PeopleWordTitles.StandsForTheRole(tokens[i].Folded)
                || words.Is(WordKind.Function, work.Folded) || ListSeparators.Contains(work.Folded) || words.Seniority.IsLevelWord(work.Folded))
            {
                continue;
            }

            // "for the backend role", "on our icu opening": a vacancy named with "the" or "our" is one already open, not a role asked for;
            // "a role model", "the position paper": a vacancy word in a compound names no vacancy.
            if (PeopleWordTitles.VacancyWords.Contains(tokens[i].Folded)
                && ((i >= 2 && NamesAnOpenOne.Contains(tokens[i - 2].Folded)) || (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && !words.Is(WordKind.Function, tokens[i + 1].Folded))))
            {
                continue;
            }

            // Inferred from the recruiter's words, not written: the title counts as known no more than one nearest in meaning.
            if (_people.Title(work.Folded) is { } title)
            {
                return new TitleReading(title, text[work.Start..tokens[i].End], TitleOrigin.Nearest, i - 1, 2);
            }
        }

        return null;
    }

    /// <summary>
    /// "keeping in touch with our buyers", "their nurses": people the business already has or deals with, in the plural
    /// after "our", "their" or "your", are no role asked for.
    /// </summary>
    private static bool PeopleAlreadyThere(IReadOnlyList<Token> tokens, int first, string written) =>
        first > 0 && tokens[first - 1].Folded is "our" or "their" or "your" or "its" && written.EndsWith('s');

    /// <summary>"manage the shops and coach the shop teams", "nurse them back": one word of a title right before a determiner is a verb.</summary>
    private static bool UsedAsAVerb(IReadOnlyList<Token> tokens, int first, int count) =>
        count == 1 && first + 1 < tokens.Count && tokens[first + 1].Folded is "the" or "our" or "their" or "your" or "my" or "his" or "her" or "them" or "us" or "people" or "new"
        && (first == 0 || tokens[first - 1].Folded is "and" or "to" or "or" or "," or "also" or "will" or "can" or "must" or "should");

    // Words of degree between a verb of being and a comparative ("is a bit closer", "seems way cleaner").
    private static readonly HashSet<string> Degree = new(StringComparer.Ordinal) { "much", "way", "far", "even", "bit", "lot", "little", "still", "rather", "somewhat" };

    // Verbs of being and seeming ("lead is probably closer to what they need", "it's cleaner than the old spec").
    private static readonly HashSet<string> Being = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "'s", "’s", "seems", "seem", "looks", "look", "sounds", "feels", "gets", "getting" };

    /// <summary>
    /// "lead is probably closer to what they need", "senior is better than staff here": an "-er" word before "than", or after a verb
    /// of being and before "to", compares; it is no job title ("closer", "cleaner") however the vocabulary lists it.
    /// </summary>
    private static bool UsedAsAComparative(IReadOnlyList<Token> tokens, int first, int count)
    {
        if (count != 1 || !tokens[first].Folded.EndsWith("er", StringComparison.Ordinal) || first + 1 >= tokens.Count)
        {
            return false;
        }

        if (tokens[first + 1].Folded == "than")
        {
            return true;
        }

        var k = first - 1;
        // "a bit closer", never "a closer": an article before the word makes it a noun.
        while (k >= 0 && (Degree.Contains(tokens[k].Folded) || UnknownRequirementRuns.IsAdverb(tokens[k].Folded)
            || (tokens[k].Folded == "a" && k + 1 < first && tokens[k + 1].Folded is "bit" or "lot" or "little")))
        {
            k--;
        }

        return tokens[first + 1].Folded == "to" && k >= 0 && (Being.Contains(tokens[k].Folded) || tokens[k].Folded.EndsWith("'s", StringComparison.Ordinal) || tokens[k].Folded.EndsWith("’s", StringComparison.Ordinal));
    }

    /// <summary>"a valid Texas RN license", "CPA certification", "NMC nurse PIN": a title right before a credential's noun names the credential, not a role.</summary>
    // Words for new hires by when they start ("immediate joiners", "early starters"), titles only in another sense (a joiner is a carpenter).
    private static readonly HashSet<string> StartWords = new(StringComparer.Ordinal) { "joiner", "joiners", "starter", "starters" };

    // Words of when before them: "immediate joiners", "early joiners", "quick starters", "new joiners".
    private static readonly HashSet<string> When = new(StringComparer.Ordinal)
        { "immediate", "immediately", "early", "earliest", "quick", "quicker", "fast", "faster", "new", "urgent", "sooner", "soon" };

    /// <summary>
    /// "budget 9 lpa, immediate joiners", "prefer early joiners": a word for people who join, after a word of when,
    /// is about notice period and availability, no job title however the vocabulary lists it.
    /// </summary>
    private static bool NamesWhenTheyStart(IReadOnlyList<Token> tokens, int first, int count) =>
        count == 1 && first > 0 && StartWords.Contains(tokens[first].Folded) && When.Contains(tokens[first - 1].Folded);

    private static bool NamesACredential(IReadOnlyList<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].Folded is "license" or "licence" or "licenses" or "licences" or "licensure" or "certification" or "certifications"
            or "certificate" or "certificates" or "cert" or "certs" or "registration" or "credential" or "credentials" or "exam" or "exams" or "pin";

    /// <summary>"a valid driver's license", "the manager's approval": a title word that owns the next noun names no role.</summary>
    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    /// <summary>"Opera PMS": a word in capitals is an acronym as written, not the plural of a shorter one ("PMs").</summary>
    private bool ShoutedPlural(PhraseMatch<TitleEntry> match) =>
        match.TokenCount == 1 && match.Text.Length >= 3 && match.Text.All(char.IsUpper) && match.Text.EndsWith('S')
        && titles.Canonical(TokenFold.Key(match.Text)) is null;

    /// <summary>"Guidewire developer": a known skill right before a title that is a bare head noun names the recruiter's own title.</summary>
    private TitleReading? Compound(string text, IReadOnlyList<Token> tokens, bool[] skip, IReadOnlyList<PhraseMatch<SkillEntry>> known, PhraseMatch<TitleEntry> title)
    {
        if (title.TokenCount != 1 || !heads.IsHead(title.Text, out var head)
            || known.FirstOrDefault(k => k.FirstToken + k.TokenCount == title.FirstToken) is not { } skill
            || Overlaps(skill.FirstToken, skill.TokenCount, skip) || words.Seniority.IsLevelWord(skill.Text))
        {
            return null;
        }

        var own = Fold($"{skill.Text} {head}");
        return new TitleReading(own, text[skill.Start..title.End], TitleOrigin.Compound, skill.FirstToken, skill.TokenCount + 1);
    }

    // The recruiter's phrase is a compound when every word before its head is part of a known skill ("terraform engineer").
    private static TitleOrigin OwnOrigin(IReadOnlyList<Token> tokens, int first, int head, IReadOnlyList<PhraseMatch<SkillEntry>> known) =>
        first < head && Enumerable.Range(first, head - first).All(i => tokens[i].Kind != TokenKind.Word || known.Any(k => i >= k.FirstToken && i < k.FirstToken + k.TokenCount))
            ? TitleOrigin.Compound
            : TitleOrigin.Phrase;

    /// <summary>
    /// "Cypress, Playwright": a one-word title that is also a technical skill names the tool when
    /// it stands in a list of skills, or when only ESCO has it as a job (a playwright is rarely hired here).
    /// </summary>
    private static bool IsToolName(PhraseMatch<TitleEntry> title, IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch<SkillEntry>> known)
    {
        if (title.TokenCount != 1 || !known.Any(k => k.FirstToken == title.FirstToken && k.TokenCount == 1 && SkillSpelling.IsTechnical(k.Value)))
        {
            return false;
        }

        bool SkillAt(int i) => i >= 0 && i < tokens.Count && known.Any(k => i >= k.FirstToken && i < k.FirstToken + k.TokenCount);
        bool Separator(int i) => i >= 0 && i < tokens.Count && ListSeparators.Contains(tokens[i].Folded);
        var i = title.FirstToken;
        return title.Value.Source == TitleSource.Esco || (Separator(i - 1) && SkillAt(i - 2)) || (Separator(i + 1) && SkillAt(i + 2));
    }

    /// <summary>"backend eng", "java dev", "sales mgr": a short form of a head word with the words before it, looked up expanded.</summary>
    private TitleReading? ShortForm(string text, IReadOnlyList<Token> tokens, bool[] skip, IReadOnlyList<PhraseMatch<SkillEntry>> known)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (skip[i] || tokens[i].Kind != TokenKind.Word || !words.IsTitleShortForm(tokens[i].Folded) || ModifiesNext(tokens, skip, i, known))
            {
                continue;
            }

            var head = words.TitleWord(tokens[i].Folded);
            var first = FirstModifier(tokens, skip, i, conditionsToo: false);
            // "store mgr": a word of the job's conditions may still begin a title the vocabulary knows.
            var widest = FirstModifier(tokens, skip, i, conditionsToo: true);

            // The longest known phrase wins ("backend eng" → "backend engineer"); else the modifiers and the head as the recruiter's words.
            // A short form that is also chat ("gm") is a title only after a word of the title ("restaurant gm").
            var chat = ChatAbbreviations.Contains(tokens[i].Folded);
            for (var start = widest; start <= (chat ? i - 1 : i); start++)
            {
                // "ops exec": the words before the head may be short forms too ("operations executive").
                var before = tokens.Skip(start).Take(i - start).Select(t => t.Folded).ToList();
                var phrase = string.Join(' ', before.Append(head));
                var expanded = string.Join(' ', before.Select(words.TitleWord).Append(head));
                if ((titles.Canonical(phrase) ?? titles.Canonical(expanded)) is { } canonical)
                {
                    return new TitleReading(canonical, Written(text, tokens, start, i), TitleOrigin.Vocabulary, start, i - start + 1);
                }
            }

            if (first < i && !chat)
            {
                var own = string.Join(' ', tokens.Skip(first).Take(i - first).Select(t => t.Folded).Append(Singular(head)));
                return new TitleReading(own, Written(text, tokens, first, i), OwnOrigin(tokens, first, i, known), first, i - first + 1);
            }
        }

        return null;
    }

    // "more of a dev skill", "our tech stack": a short form before a noun of its own modifies that noun. A word that
    // joins, cues or conditions the request, a level, a skill or a place ("java dev with Spring", "java dev, Berlin") is no such noun.
    private bool ModifiesNext(IReadOnlyList<Token> tokens, bool[] skip, int i, IReadOnlyList<PhraseMatch<SkillEntry>> known)
    {
        if (i + 1 >= tokens.Count || skip[i + 1] || tokens[i + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var next = tokens[i + 1].Folded;
        return !ListSeparators.Contains(next) && next != "with" && !words.Seniority.IsLevelWord(next) && !known.Any(k => k.FirstToken == i + 1)
            && !new[] { WordKind.Function, WordKind.MustCue, WordKind.NiceCue, WordKind.Condition, WordKind.Language, WordKind.LanguageCue }.Any(kind => words.Is(kind, next));
    }

    // Where the modifiers before a short form at head begin, at most MaxModifiers words back.
    private int FirstModifier(IReadOnlyList<Token> tokens, bool[] skip, int head, bool conditionsToo)
    {
        var first = head;
        while (first > 0 && head - first < MaxModifiers && IsModifier(tokens[first - 1], skip[first - 1], conditionsToo))
        {
            first--;
        }

        return first;
    }

    private bool IsModifier(Token token, bool skipped, bool conditionsToo) =>
        !skipped && token.Kind == TokenKind.Word && !words.Is(WordKind.Function, token.Folded) && !words.Seniority.IsLevelWord(token.Folded)
        && !words.Is(WordKind.MustCue, token.Folded) && (conditionsToo || !words.Is(WordKind.Condition, token.Folded));

    // "customer support rep": the recruiter's phrase with its short forms written out, for looking it up.
    private string Expanded(string folded) => string.Join(' ', folded.Split(' ').Select(words.TitleWord));

    private static string Singular(string word) => word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static string Written(string text, IReadOnlyList<Token> tokens, int first, int last) => text[tokens[first].Start..tokens[last].End];

    private static string Fold(string phrase) => TokenFold.Key(phrase);

    private static bool Overlaps(int first, int count, bool[] skip)
    {
        for (var i = first; i < first + count; i++)
        {
            if (skip[i])
            {
                return true;
            }
        }

        return false;
    }

    private static (int First, int Count) TokenSpan(IReadOnlyList<Token> tokens, int start, int length)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start && tokens[i].End <= start + length)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? (0, 0) : (first, last - first + 1);
    }
}
