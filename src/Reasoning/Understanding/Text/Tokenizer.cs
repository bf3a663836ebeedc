namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// Splits a message into words, numbers and symbols the way skills and titles are written: a word
/// keeps inner and trailing marks that belong to names ("c++", "c#", "node.js", ".net", "r&amp;d",
/// "o'brien"); a hyphen or whitespace separates words ("front-end" is "front", "end"); "/" and other
/// punctuation are symbols of their own; a sentence's full stop is never part of a word.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string? text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsDash(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c) || (c == '.' && StartsDotWord(text, i)))
            {
                var end = WordEnd(text, i);
                var written = text[i..end];
                if (TurkishCaseAt(written) is var name and > 0)
                {
                    // "Manisa'yı", "İzmir'de": the name; its case ending is read like the space after it.
                    tokens.Add(new Token(written[..name], TokenFold.Fold(written[..name]), i, name, TokenKind.Word));
                }
                else if (PossessiveAt(written) is var possessive and > 0)
                {
                    // "kafka's optional", "Maria's profile": the name, then the possessive.
                    tokens.Add(new Token(written[..possessive], TokenFold.Fold(written[..possessive]), i, possessive, TokenKind.Word));
                    tokens.Add(new Token(written[possessive..], TokenFold.Fold(written[possessive..]), i + possessive, written.Length - possessive, TokenKind.Word));
                }
                else
                {
                    tokens.Add(new Token(written, TokenFold.Fold(written), i, end - i, IsNumber(written) ? TokenKind.Number : TokenKind.Word));
                }

                i = end;
                continue;
            }

            if (StandalonePossessive(text, i))
            {
                // "'s fine too" as a word list writes the contraction of "Bath's fine too": the same token as split off a word.
                tokens.Add(new Token(text.Substring(i, 2), TokenFold.Fold(text.Substring(i, 2)), i, 2, TokenKind.Word));
                i += 2;
                continue;
            }

            // An emoji or another character beyond the first plane is one symbol of two chars: half of it is no text.
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var symbol = text.Substring(i, length);
            tokens.Add(new Token(symbol, char.IsSurrogate(c) ? symbol : TokenFold.Fold(symbol), i, length, TokenKind.Symbol));
            i += length;
        }

        return tokens;
    }

    private static int WordEnd(string text, int start)
    {
        var i = start + (text[start] == '.' ? 1 : 0);
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c is '.' or '&' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // node.js, asp.net, r&d, o'brien, 3.5: a mark between letters or digits belongs to the word.
                i++;
            }
            else if (c is '+' or '#' && i > start && char.IsLetter(text[i - 1]) && !(i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                // c++, c#, f#: trailing pluses and sharps after a letter (not "5+" or "#4").
                while (i < text.Length && text[i] is '+' or '#')
                {
                    i++;
                }

                break;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int PossessiveAt(string word) =>
        word.Length > 3 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '’' ? word.Length - 2 : -1;

    // Turkish writes a proper name's case ending after an apostrophe ("İzmir'de", "Manisa'yı", "Ankara'dan").
    private static readonly HashSet<string> TurkishCases = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "e", "ya", "ye", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "da", "de", "ta", "te", "dan", "den", "tan", "ten",
        "daki", "deki", "taki", "teki", "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "la", "le", "yla", "yle",
    };

    private static int TurkishCaseAt(string word)
    {
        var mark = word.LastIndexOfAny(['\'', '’']);
        return mark >= 3 && char.IsUpper(word[0]) && TurkishCases.Contains(word[(mark + 1)..]) ? mark : -1;
    }

    // "'s" standing alone at the start of the text or after a space, before no further letter.
    private static bool StandalonePossessive(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]))
        && (i == 0 || char.IsWhiteSpace(text[i - 1]));

    // ".net" at a word start, never the full stop ending "Berlin." or a decimal point.
    private static bool StartsDotWord(string text, int i) =>
        i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    private static bool IsDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '_';

    private static bool IsNumber(string word)
    {
        var digit = false;
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (c != '.' && c != ',')
            {
                return false;
            }
        }

        return digit;
    }
}
