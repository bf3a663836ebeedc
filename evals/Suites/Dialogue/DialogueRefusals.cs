using System.Text.Json;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// The protected attributes an event names as refused. Read from the payload shape of the message
/// policy's screening (<c>{"findings": [{"attribute": "age", …}]}</c>, or a bare list of findings),
/// which is how a refusal reaches the recruiter's events once the supervisor screens messages. Re-point
/// here when the supervisor reports refusals differently.
/// </summary>
public static class DialogueRefusals
{
    public static IEnumerable<string> Named(string? payload)
    {
        if (string.IsNullOrEmpty(payload) || !payload.Contains("attribute", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            return [.. Findings(document.RootElement)];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IEnumerable<string> Findings(JsonElement element)
    {
        var list = element.ValueKind switch
        {
            JsonValueKind.Array => element,
            JsonValueKind.Object when Property(element, "findings") is { ValueKind: JsonValueKind.Array } findings => findings,
            JsonValueKind.Object when Property(element, "screening") is { ValueKind: JsonValueKind.Object } screening && Property(screening, "findings") is { ValueKind: JsonValueKind.Array } inner => inner,
            _ => default,
        };
        if (list.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var finding in list.EnumerateArray())
        {
            if (finding.ValueKind == JsonValueKind.Object && Property(finding, "attribute") is { ValueKind: JsonValueKind.String } attribute)
            {
                yield return attribute.GetString()!;
            }
        }
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: not JsonValueKind.Undefined } p ? p.Value : null;
}
