using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// A message cut into sentences and each sentence into clauses: the units a preference is read in
/// and taken out of. Sentences end at . ! ? ; or a line break (not after an initial: "U.S.", nor before a condition on
/// what was just said: "is she trans? if so, drop her" is one sentence, so the action goes with its reason); clauses
/// at commas (not before a relative pronoun of German, Dutch, French, Spanish or Polish: "alle rausfiltern, die …" is one
/// clause), colons, dashes and brackets, and before but, so, because, since, although, though ("even though" and "even if" whole),
/// whereas, due to, "as" opening a reason ("as the team is…") and "because" in the other languages read (porque, perché, parce que,
/// weil, omdat, ponieważ, puisque, kyunki).
/// </summary>
internal sealed partial class MessageLayout
{
    private MessageLayout(IReadOnlyList<LayoutSentence> sentences) => Sentences = sentences;

    public IReadOnlyList<LayoutSentence> Sentences { get; }

    public static MessageLayout Of(string text)
    {
        var sentences = new List<LayoutSentence>();
        var from = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            Add(text, from, end.Index, end.Index + end.Length, sentences);
            from = end.Index + end.Length;
        }

        if (from < text.Length)
        {
            Add(text, from, text.Length, text.Length, sentences);
        }

        return new MessageLayout(sentences);
    }

    /// <summary>The sentence and clause a position is in (the clause before it when it falls on a delimiter).</summary>
    public (int Sentence, int Clause) Locate(int position)
    {
        var sentence = 0;
        for (var i = 0; i < Sentences.Count && Sentences[i].Start <= position; i++)
        {
            sentence = i;
        }

        var clauses = Sentences[sentence].Clauses;
        var clause = 0;
        for (var i = 0; i < clauses.Count && clauses[i].Start <= position; i++)
        {
            clause = i;
        }

        return (sentence, clause);
    }

    private static void Add(string text, int from, int contentEnd, int end, List<LayoutSentence> sentences)
    {
        var start = from;
        while (start < contentEnd && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var last = contentEnd;
        while (last > start && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        if (last == start)
        {
            // Only punctuation or blank lines: nothing to read, kept as written.
            sentences.Add(new LayoutSentence(from, from, end, []));
            return;
        }

        var clauses = new List<TextSpan>();
        var clauseStart = start;
        foreach (Match delimiter in ClauseDelimiter().Matches(text[..last], start))
        {
            AddClause(text, clauseStart, delimiter.Index, clauses);
            clauseStart = delimiter.Index + delimiter.Length;
        }

        AddClause(text, clauseStart, last, clauses);
        sentences.Add(new LayoutSentence(start, last, end, clauses));
    }

    private static void AddClause(string text, int start, int end, List<TextSpan> clauses)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            clauses.Add(new TextSpan(start, end));
        }
    }

    [GeneratedRegex(@"(?<!\b\p{L})(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|Mr|Mrs|Ms|Dr|Sr|Jr|St))[.!?…]+(?=\s|$)(?![ \t]+(?:if\s+(?:so|yes|that['’]s\s+(?:so|the\s+case))|in\s+that\s+case|wenn\s+ja|falls\s+ja|si\s+(?:oui|s[ií]|c['’]est\s+le\s+cas|es\s+as[ií]|lo\s+es)|se\s+(?:sim|for\s+o\s+caso)|als\s+(?:ja|dat\s+zo\s+is))\b)|;|(?:\r?\n)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@",(?!\s*(?:die|der|welche[rn]?|qui|que|quienes|kt[óo]r(?:y|a|e|zy|ych|ej|ego|ym|ymi))\s)|[()\[\]]|:(?=\s)|(?<=\s)[-–—]+(?=\s)|[–—]|(?<!\beven)\s(?=(?:even\s+(?:though|if)|but|so|because|since|although|though|whereas|due\s+to|as\s+(?:the|it|they|we|she|he|our|this)|porque|perch[ée]|parce\s+que|weil|omdat|poniewa[żz]|poich[ée]|puisque|kyunki|kyonki)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseDelimiter();
}
