using System.Security.Cryptography;
using System.Text;
using Hiring.Reasoning.Embeddings;

namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// Sentence vectors of the title forms <see cref="NearestTitle"/> compares a phrase with,
/// precomputed into prompts/builtin/vocabulary/title-vectors.bin (<see cref="TitleVectorsFile"/>)
/// because embedding thousands of titles at every start takes minutes. Vectors are int8-quantized
/// (<see cref="VectorQuantizer"/>) as soon as they are computed, so a fresh set ranks exactly like
/// the same set read back from the file.
/// </summary>
public sealed class TitleVectors
{
    public const string FileName = "vocabulary/title-vectors.bin";

    /// <summary>The sentence encoder the vectors come from; part of the hash.</summary>
    public const string Model = "all-MiniLM-L6-v2";

    private const int BatchSize = 64;

    private readonly float[] _values;

    internal TitleVectors(IReadOnlyList<string> forms, int dimensions, float[] values)
    {
        Forms = forms;
        Dimensions = dimensions;
        _values = values;
        Hash = HashOf(forms);
    }

    /// <summary>The embedded forms, in order.</summary>
    public IReadOnlyList<string> Forms { get; }

    public int Dimensions { get; }

    /// <summary>SHA-256 (hex) of the model name and the embedded forms: a vectors file matches a vocabulary when the hashes agree.</summary>
    public string Hash { get; }

    public int Count => Forms.Count;

    /// <summary>The unit vector of the i-th form.</summary>
    public ReadOnlySpan<float> Vector(int index) => _values.AsSpan(index * Dimensions, Dimensions);

    /// <summary>
    /// The forms worth embedding: every canonical title, and the curated aliases of product titles
    /// that are not abbreviations (MiniLM knows "site reliability engineer" but not "SRE", and the
    /// index matches abbreviations exactly anyway) nor another spelling of a form already taken
    /// ("back end developer" beside "backend developer"). ESCO's ~24,000 alt labels are left out:
    /// mostly paraphrases of their preferred label, they would multiply the file and the first
    /// start's embedding time by eight and move few nearest titles.
    /// </summary>
    public static IReadOnlyList<string> FormsOf(TitleVocabulary vocabulary)
    {
        var forms = new List<string>();
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in vocabulary.Entries)
        {
            foreach (var form in entry.Aliases.Take(entry.CuratedAliasCount).Where(a => !IsAbbreviation(a)).Prepend(entry.Name))
            {
                if (spellings.Add(Spelling(form)))
                {
                    forms.Add(form);
                }
            }
        }

        return forms;
    }

    public static string HashOf(IReadOnlyList<string> forms) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', forms.Prepend(Model)))));

    /// <summary>Embeds the forms, reusing the vectors of <paramref name="known"/> for forms it has.</summary>
    public static async Task<TitleVectors> ComputeAsync(IReadOnlyList<string> forms, ITextEmbedder embedder, TitleVectors? known = null, CancellationToken cancellationToken = default)
    {
        var dimensions = embedder.Dimensions;
        var reuse = known is not null && known.Dimensions == dimensions ? known : null;
        var index = reuse?.Forms.Select((form, i) => (form, i)).GroupBy(p => p.form, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var values = new float[forms.Count * dimensions];
        var missing = new List<int>();
        for (var i = 0; i < forms.Count; i++)
        {
            if (index is not null && index.TryGetValue(forms[i], out var at))
            {
                reuse!.Vector(at).CopyTo(values.AsSpan(i * dimensions, dimensions));
            }
            else
            {
                missing.Add(i);
            }
        }

        foreach (var batch in missing.Chunk(BatchSize))
        {
            var vectors = await embedder.EmbedAsync([.. batch.Select(i => forms[i])], cancellationToken);
            for (var k = 0; k < batch.Length; k++)
            {
                VectorQuantizer.RoundTrip(vectors[k]).CopyTo(values.AsSpan(batch[k] * dimensions, dimensions));
            }
        }

        return new TitleVectors([.. forms], dimensions, values);
    }

    // One short word, or one without vowels: "sre", "hrbp", "pmhnp".
    private static bool IsAbbreviation(string alias) =>
        !alias.Contains(' ', StringComparison.Ordinal) && (alias.Length <= 4 || !alias.Any(c => "aeiouy".Contains(c, StringComparison.Ordinal)));

    private static string Spelling(string form) => new([.. form.Where(char.IsLetterOrDigit)]);
}
