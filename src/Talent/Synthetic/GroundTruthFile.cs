using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Hiring.Talent.Synthetic;

/// <summary>
/// The ground truth of a seeded pool: <c>{data}/synthetic/ground-truth-seed{S}.jsonl</c>, one
/// <see cref="GroundTruthRecord"/> per line in generation order. The evals read it back.
/// </summary>
public static class GroundTruthFile
{
    public static string PathFor(string dataDirectory, int seed) =>
        Path.Combine(dataDirectory, "synthetic", $"ground-truth-seed{seed}.jsonl");

    public static string Serialize(GroundTruthRecord record) =>
        JsonSerializer.Serialize(record, SyntheticJsonContext.Default.GroundTruthRecord);

    public static async IAsyncEnumerable<GroundTruthRecord> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                yield return JsonSerializer.Deserialize(line, SyntheticJsonContext.Default.GroundTruthRecord)
                    ?? throw new InvalidDataException($"An empty ground-truth line in {path}.");
            }
        }
    }
}
