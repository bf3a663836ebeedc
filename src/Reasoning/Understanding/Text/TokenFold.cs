using System.Globalization;
using System.Text;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// Folds text for matching: lower case, combining marks removed, and the letters that do not
/// decompose written out ("ß" → "ss", "æ" → "ae", "ø" → "o", "ł" → "l"), typographic quotes made plain.
/// </summary>
public static class TokenFold
{
    public static string Fold(string text)
    {
        // Most tokens are plain ASCII: lower-casing is all folding does to them, without normalizing (a gazetteer folds ~100,000 names).
        if (IsPlainAscii(text))
        {
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                case 'ß': builder.Append("ss"); break;
                case 'æ' or 'Æ': builder.Append("ae"); break;
                case 'œ' or 'Œ': builder.Append("oe"); break;
                case 'ø' or 'Ø': builder.Append('o'); break;
                case 'ł' or 'Ł': builder.Append('l'); break;
                case 'đ' or 'Đ': builder.Append('d'); break;
                case 'ı': builder.Append('i'); break;
                case '’' or '‘' or '`' or '´': builder.Append('\''); break;
                default: builder.Append(char.ToLowerInvariant(c)); break;
            }
        }

        return builder.ToString();
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '~' || c == '`')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Folds and tokenizes a phrase, then joins the folded tokens with single spaces: the key phrases are stored under.</summary>
    public static string Key(string phrase) => string.Join(' ', Tokenizer.Tokenize(phrase).Select(t => t.Folded));
}
