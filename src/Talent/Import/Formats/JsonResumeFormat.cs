using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Hiring.Talent.Import.Formats;

/// <summary>A JSON Resume document, or a JSON array of them.</summary>
public sealed class JsonResumeFormat : IProfileFileFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (json, failure) = await ParseAsync(stream, cancellationToken);
        if (json is null)
        {
            yield return failure;
            yield break;
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                yield return JsonLinesFormat.Map("document", json.RootElement);
                yield break;
            }

            var item = 0;
            foreach (var element in json.RootElement.EnumerateArray())
            {
                yield return JsonLinesFormat.Map($"item {++item}", element);
            }
        }
    }

    private static async Task<(JsonDocument? Json, ImportRecord Failure)> ParseAsync(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
            return (await JsonDocument.ParseAsync(stream, options, cancellationToken), default);
        }
        catch (JsonException error)
        {
            return (null, ImportRecord.Failed($"line {(error.LineNumber ?? 0) + 1}", $"not valid JSON: {error.Message}"));
        }
    }
}
