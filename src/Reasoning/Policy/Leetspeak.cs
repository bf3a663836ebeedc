namespace Hiring.Reasoning.Policy;

/// <summary>
/// Reads digits written for letters inside a word ("y0ung", "f3male", "wom3n") as those letters, so the rules
/// see the word the recruiter meant. Each digit becomes one letter, so every position in the text stays where
/// it was and what is found is taken out of the message as written. Only runs of digits with a letter on both
/// sides change: "5yrs", "30s", "k8s" and "b2b" keep their digits.
/// </summary>
internal static class Leetspeak
{
    public static string Read(string text)
    {
        char[]? read = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (Letter(text[i]) is null || i == 0 || !char.IsLetter(text[i - 1]))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && Letter(text[end]) is not null)
            {
                end++;
            }

            if (end < text.Length && char.IsLetter(text[end]))
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
