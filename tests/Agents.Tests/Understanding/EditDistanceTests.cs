using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("kitten", "sitting", 5, 3)]
    [InlineData("manchster", "manchester", 1, 1)]
    [InlineData("frankfrut", "frankfurt", 1, 1)]
    [InlineData("berlin", "berlin", 1, 0)]
    [InlineData("", "abc", 5, 3)]
    [InlineData("abc", "", 5, 3)]
    [InlineData("ca", "abc", 5, 3)]
    public void InsertionsDeletionsChangesAndNeighbourSwapsCountOneEach(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b, limit));

    [Fact]
    public void AboveTheLimitItStopsWithADistanceAboveIt()
    {
        Assert.True(EditDistance.Between("thanks", "toulouse", 1) > 1);
        Assert.True(EditDistance.Between("hamburg", "hannover", 2) > 2);
    }

    [Fact]
    public void AgreesWithTheFullTableOnWordsOfEveryLength()
    {
        var random = new Random(7);
        for (var n = 0; n < 2_000; n++)
        {
            var a = Word(random, random.Next(0, 12));
            var b = Word(random, random.Next(0, 12));
            var limit = random.Next(0, 4);
            var full = FullTable(a, b);
            var cut = EditDistance.Between(a, b, limit);
            // Within the limit the distance is exact; above it, only "above the limit" is promised.
            Assert.True(full <= limit ? cut == full : cut > limit, $"{a} / {b} / {limit}: {cut} against {full}");
        }

        // Long words take the heap path and still agree.
        var longA = Word(random, 120);
        var longB = longA[..60] + "x" + longA[61..];
        Assert.Equal(1, EditDistance.Between(longA, longB, 3));
    }

    private static string Word(Random random, int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(0, 4)))]);

    private static int FullTable(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
