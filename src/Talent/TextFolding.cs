using System.Globalization;
using System.Text;

namespace Hiring.Talent;

/// <summary>Folds text for comparison: lower case, accents removed, runs of other characters collapsed.</summary>
public static class TextFolding
{
    /// <summary>"  José  Müller-Ortiz " → "jose muller ortiz".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Only the ASCII letters and digits of the folded text, for building email-like handles.</summary>
    public static string AsciiHandle(string? text) =>
        string.Concat(Fold(text).Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')));
}
