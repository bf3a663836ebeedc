namespace Hiring.Reasoning.Policy;

/// <summary>
/// Reads digits written for letters inside a word ("y0ung", "f3male", "wom3n") as those letters, so the rules
/// see the word the recruiter meant. Each digit becomes one letter, so every position in the text stays where
/// it was and what is found is taken out of the message as written. Only runs of digits with a letter on both
/// sides change: "5yrs", "30s", "k8s" and "b2b" keep their digits. Japanese and Chinese write no spaces, so a
/// kana or ideograph beside a number is another word ("できれば30歳以下"), never a letter of the same one.
/// </summary>
internal static class Leetspeak
{
    public static string Read(string text)
    {
        char[]? read = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (Letter(text[i]) is null || i == 0 || !WordLetter(text[i - 1]))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && Letter(text[end]) is not null)
            {
                end++;
            }

            if (end < text.Length && WordLetter(text[end]))
            {
                read ??= text.ToCharArray();
                for (var k = i; k < end; k++)
                {
                    read[k] = Letter(text[k])!.Value;
                }
            }

            i = end - 1;
        }

        return read is null ? text : new string(read);
    }

    /// <summary>A letter of a script that spaces its words: not kana, not a CJK ideograph.</summary>
    private static bool WordLetter(char c) =>
        char.IsLetter(c) && c is not (>= '\u3040' and <= '\u30FF') and not (>= '\u3400' and <= '\u4DBF')
            and not (>= '\u4E00' and <= '\u9FFF') and not (>= '\uFF66' and <= '\uFF9F');

    private static char? Letter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        _ => null,
    };
}
