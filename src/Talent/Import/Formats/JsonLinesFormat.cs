using System.Runtime.CompilerServices;
using System.Text.Json;
using Hiring.Talent.Import.JsonResume;

namespace Hiring.Talent.Import.Formats;

/// <summary>JSON Lines: one JSON Resume document per line; blank lines are skipped.</summary>
public sealed class JsonLinesFormat : IProfileFileFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine($"line {number}", line);
        }
    }

    /// <summary>Maps one JSON Resume element; a wrong shape is a rejection of that record only.</summary>
    internal static ImportRecord Map(string location, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ImportRecord.Failed(location, $"expected a JSON Resume object, found {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        try
        {
            var document = element.Deserialize(JsonResumeJsonContext.Default.JsonResumeDocument)!;
            var (draft, error) = JsonResumeMapper.Map(document);
            return draft is null ? ImportRecord.Failed(location, error!) : ImportRecord.Read(location, draft);
        }
        catch (JsonException error)
        {
            return ImportRecord.Failed(location, $"not a JSON Resume document: {error.Message}");
        }
    }

    private static ImportRecord ParseLine(string location, string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return Map(location, json.RootElement);
        }
        catch (JsonException error)
        {
            return ImportRecord.Failed(location, $"not valid JSON: {error.Message}");
        }
    }
}
