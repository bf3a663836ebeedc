#:project ../../src/Agents/Hiring.Agents.csproj

// Regenerates prompts/builtin/vocabulary/title-vectors.bin, the MiniLM vectors NearestTitle
// compares phrases with, after titles.yaml or esco-titles.tsv changed (a test fails until then).
// From the repository root:
//
//     dotnet run -c Release scripts/data/generate-title-vectors.cs [-- --full] [--check]
//
// Forms already in the file keep their vectors; --full embeds every form again (a new model).
// --check then embeds every form once more in float32 and reports whether int8 quantization
// changed the nearest form of a sample of phrases.
using System.Diagnostics;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Titles;

var full = args.Contains("--full");
var check = args.Contains("--check");
var library = new PromptLibrary(PromptLibrary.Locate(Directory.GetCurrentDirectory()));
var path = Path.Combine(library.Root, PromptLibrary.BuiltInFolder, TitleVectors.FileName);
var vocabulary = TitleVocabulary.Load(library);
var forms = TitleVectors.FormsOf(vocabulary);
var previous = full ? null : TitleVectorsFile.Read(path);
if (previous?.Hash == TitleVectors.HashOf(forms) && !check)
{
    Console.WriteLine($"{path} is up to date ({forms.Count} forms).");
    return;
}

using var embedder = new MiniLmEmbedder();
var clock = Stopwatch.StartNew();
var vectors = await TitleVectors.ComputeAsync(forms, embedder, previous);
var reused = previous is null ? 0 : forms.Count(previous.Forms.Contains);
TitleVectorsFile.Write(vectors, path);
Console.WriteLine($"{vocabulary.Count} titles: {forms.Count} forms ({forms.Count - reused} embedded, {reused} kept) in {clock.Elapsed.TotalSeconds:F0} s");
Console.WriteLine($"{path}: {new FileInfo(path).Length / 1024} KiB, hash {vectors.Hash}");

if (!check)
{
    return;
}

// Quantization check on a sample of ESCO alt labels (never embedded themselves): the nearest
// form by the file's int8 vectors against the nearest by float32 vectors of the same forms.
var sample = vocabulary.Entries.Where(e => e.Source == TitleSource.Esco).SelectMany(e => e.Aliases.Take(1)).Where((_, i) => i % 10 == 0).Take(200).ToList();
var exact = embedder.Embed(forms);
var queries = embedder.Embed(sample);
var agree = queries.Count(q => Nearest(q, i => exact[i]) == Nearest(q, i => vectors.Vector(i).ToArray()));
Console.WriteLine($"quantization: {agree} of {queries.Length} sample phrases keep their nearest form");

int Nearest(float[] query, Func<int, float[]> vector) =>
    Enumerable.Range(0, forms.Count).MaxBy(i => VectorMath.Cosine(query, vector(i)));
