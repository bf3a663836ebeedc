using System.Text.Json;

namespace Hiring.Reasoning.StructuredOutput;

/// <summary>Turns a model's text into validated JSON, or says exactly why it cannot.</summary>
public static class JsonAnswer
{
    /// <summary>Parses <paramref name="text"/> (tolerating a Markdown code fence) and validates it against <paramref name="schema"/>.</summary>
    /// <exception cref="UnusableOutputException">Not JSON, or JSON that breaks the schema.</exception>
    public static JsonElement Parse(string? text, JsonElement? schema)
    {
        var body = StripFence(text ?? string.Empty);
        if (body.Length == 0)
        {
            throw new UnusableOutputException("The answer was empty; a JSON object was expected.");
        }

        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(body);
            json = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new UnusableOutputException($"The answer is not valid JSON: {ex.Message}", ex);
        }

        if (schema is { } s)
        {
            var errors = JsonSchemaValidator.Validate(json, s);
            if (errors.Count > 0)
            {
                throw new UnusableOutputException("The JSON does not match the schema: " + string.Join("; ", errors.Take(10)));
            }
        }

        return json;
    }

    private static string StripFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var closing = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd < 0 || closing <= firstLineEnd ? trimmed : trimmed[(firstLineEnd + 1)..closing].Trim();
    }
}
