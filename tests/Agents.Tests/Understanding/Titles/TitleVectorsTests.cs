using System.Security.Cryptography;
using System.Text;
using Hiring.Agents.Tests.Support;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Tests.Understanding.Titles;

public class TitleVectorsTests
{
    private static TitleVocabulary EditedVocabulary() => new(
        new TitlesFile
        {
            Titles =
            [
                new TitlesFileEntry { Name = "backend engineer", Aliases = ["backend developer", "sre"], Family = "software engineering" },
                new TitlesFileEntry { Name = "zeppelin pilot", Aliases = ["airship captain"], Family = "transportation" },
            ],
        },
        []);

    [Fact]
    public void OnlyCanonicalNamesAndCuratedAliasesThatAreNotAbbreviationsAreEmbedded()
    {
        var vocabulary = new TitleVocabulary(
            new TitlesFile { Titles = [new TitlesFileEntry { Name = "backend engineer", Aliases = ["back-end engineer", "backend dev", "swe"], CaseSensitiveAliases = ["BE"] }] },
            [new TitlesFileEntry { Name = "backend engineer", Aliases = ["server programmer"] }, new TitlesFileEntry { Name = "ombudsman", Aliases = ["information commissioner"] }]);
        Assert.Equal(["backend engineer", "backend dev", "ombudsman"], TitleVectors.FormsOf(vocabulary));
    }

    [Fact]
    public async Task AnEditedVocabularyIsEmbeddedOnlyWhereItChangedAndThenCached()
    {
        using var data = new TempDataDirectory();
        File.WriteAllText(Path.Combine(data.Path, "title-vectors.bin"), "damaged");
        var first = new CountingEmbedder();
        var nearest = new NearestTitle(EditedVocabulary(), first, TitleResources.CommittedVectorsPath, data.Path);

        await nearest.WarmUpAsync();
        Assert.Equal(["zeppelin pilot", "airship captain"], first.Embedded);

        var second = new CountingEmbedder();
        var again = new NearestTitle(EditedVocabulary(), second, TitleResources.CommittedVectorsPath, data.Path);
        var match = await again.FindAsync("Zeppelin Pilot");
        Assert.Equal(["zeppelin pilot"], second.Embedded);
        Assert.Equal("zeppelin pilot", match?.Entry.Name);
    }

    [Fact]
    public async Task VectorsSurviveTheirFileUnchanged()
    {
        string[] forms = ["data engineer", "pharmacist", "growth marketer"];
        var vectors = await TitleVectors.ComputeAsync(forms, new CountingEmbedder());
        using var stream = new MemoryStream();
        TitleVectorsFile.Write(vectors, stream);
        stream.Position = 0;

        var read = TitleVectorsFile.Read(stream);
        Assert.Equal(vectors.Hash, read.Hash);
        Assert.Equal(forms, read.Forms);
        Assert.All(Enumerable.Range(0, forms.Length), i => Assert.InRange(VectorMath.Cosine(vectors.Vector(i), read.Vector(i)), 0.99999f, 1.00001f));
    }

    [Fact]
    public void AFileOfAnotherFormatIsRefused()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("not a vectors file at all"));
        Assert.Throws<InvalidDataException>(() => TitleVectorsFile.Read(stream));
    }

    /// <summary>Deterministic unit vectors from a hash of the text; records what it embedded.</summary>
    private sealed class CountingEmbedder : ITextEmbedder
    {
        public List<string> Embedded { get; } = [];

        public int Dimensions => 384;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Embedded.AddRange(texts);
            return [.. texts.Select(Vector)];
        }

        private float[] Vector(string text)
        {
            var seed = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToLowerInvariant()));
            var random = new Random(BitConverter.ToInt32(seed));
            var vector = Enumerable.Range(0, Dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            VectorMath.Normalize(vector);
            return vector;
        }
    }
}
