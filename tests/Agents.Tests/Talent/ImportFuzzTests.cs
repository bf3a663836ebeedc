using System.Text;
using CsCheck;

namespace Hiring.Agents.Tests.Talent;

/// <summary>
/// Broken resume files of every supported format, generated: a good file of the format cut short, with
/// bytes flipped, inserted or removed, with invalid UTF-8 spliced in, or replaced by noise. Whatever the
/// bytes, the import answers (it never throws or hangs), each rejection names its file and says why, and
/// a file that imports nothing adds no profile. CsCheck prints the seed of a failing sample to replay it.
/// </summary>
public sealed class ImportFuzzTests : IDisposable
{
    // One whole import of a broken file may take this long at most; a parser that loops fails the test here.
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(30);

    private static readonly (string Extension, byte[] Good)[] Formats =
    [
        (".json", Encoding.UTF8.GetBytes("""{"basics":{"name":"Lena Fischer","email":"lena@example.com","label":"Data Engineer"},"work":[{"name":"Datastream","position":"Data Engineer","startDate":"2021-04"}],"skills":[{"name":"Data","keywords":["Spark","SQL"]}]}""")),
        (".jsonl", Encoding.UTF8.GetBytes("""
            {"basics":{"name":"Ola Berg","email":"ola@example.com"},"work":[{"name":"Initech","position":"Engineer","startDate":"2020-01"}]}
            {"basics":{"name":"Ana Silva","email":"ana@example.com"},"work":[{"name":"Globex","position":"Nurse","startDate":"2019-05"}]}
            """)),
        (".csv", Encoding.UTF8.GetBytes("""
            name,email,headline,city,country,skills,title,company,start
            Priya Nair,priya@example.com,Platform lead,Bangalore,IN,Go;Kubernetes,Staff Engineer,Cloudnine,2021-06
            Jon Doe,jon@example.com,Analyst,Leeds,GB,Excel;SQL,Financial Analyst,Acme,2018-02
            """)),
        (".pdf", TestDocuments.Pdf(SampleResume.Lines)),
        (".docx", TestDocuments.Docx(SampleResume.Lines)),
        (".txt", Encoding.UTF8.GetBytes(SampleResume.Text)),
    ];

    private static readonly byte[][] InvalidUtf8 = [[0xC3, 0x28], [0xFF, 0xFE, 0xFD], [0xE2, 0x82], [0xF0, 0x28, 0x8C, 0x28], [0xED, 0xA0, 0x80], [0x00, 0x00]];

    /// <summary>A broken variant of one format's good file, and how it was broken (printed when a sample fails).</summary>
    private static readonly Gen<(int Format, string Damage, byte[] Bytes)> Broken =
        Gen.Int[0, Formats.Length - 1].SelectMany(format => Damaged(Formats[format].Good).Select(d => (format, d.Damage, d.Bytes)));

    private readonly ImportFixture _import = new();

    public void Dispose() => _import.Dispose();

    [Fact]
    public async Task ABrokenFileOfAnySupportedFormatIsAnsweredNeverThrownAndAddsNothingWhenNothingImports()
    {
        var count = 0;
        await Broken.SampleAsync(
            async sample =>
            {
                var (extension, _) = Formats[sample.Format];
                var name = $"broken-{Interlocked.Increment(ref count)}{extension}";
                var before = (await _import.PublicProfilesAsync()).Count;

                var result = await _import.ImportAsync(_import.Write(name, sample.Bytes)).WaitAsync(PerFile);

                Assert.All(result.Rejected, r =>
                {
                    Assert.EndsWith(name, r.File, StringComparison.Ordinal);
                    Assert.False(string.IsNullOrWhiteSpace(r.Reason), $"a rejection of {name} gives no reason");
                });
                var after = await _import.PublicProfilesAsync();
                Assert.Equal(before + result.Imported, after.Count);
                Assert.All(after, p => Assert.False(string.IsNullOrWhiteSpace(p.Name), "a stored profile has no name"));
            },
            iter: 300,
            threads: 1,
            print: s => $"{Formats[s.Format].Extension} {s.Damage} ({s.Bytes.Length} bytes)");
    }

    /// <summary>The ways a file gets broken in the wild: cut short, bit rot, a bad splice, the wrong encoding, or not the format at all.</summary>
    private static Gen<(string Damage, byte[] Bytes)> Damaged(byte[] good) => Gen.OneOf(
        Gen.Int[0, good.Length - 1].Select(at => ($"cut at {at}", good[..at])),
        Gen.Select(Gen.Int[0, good.Length - 1], Gen.Byte, (at, b) => ($"byte {at} set to {b}", With(good, at, b))),
        Gen.Select(Gen.Int[0, good.Length - 1], Gen.Byte.Array[1, 64], (at, noise) => ($"{noise.Length} bytes inserted at {at}", Splice(good, at, 0, noise))),
        Gen.Select(Gen.Int[0, good.Length - 1], Gen.Int[1, 256], (at, length) => ($"{length} bytes removed at {at}", Splice(good, at, length, []))),
        Gen.Select(Gen.Int[0, good.Length - 1], Gen.Int[0, InvalidUtf8.Length - 1], (at, which) => ($"invalid UTF-8 at {at}", Splice(good, at, 0, InvalidUtf8[which]))),
        Gen.Byte.Array[0, 4096].Select(noise => ("noise", noise)),
        Gen.Const(("empty", Array.Empty<byte>())));

    private static byte[] With(byte[] bytes, int at, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] Splice(byte[] bytes, int at, int remove, byte[] insert) =>
        [.. bytes[..at], .. insert, .. bytes[Math.Min(bytes.Length, at + remove)..]];
}
