using System.Text.Json;

namespace Hiring.Evals.Cases;

/// <summary>Small readers for the case formats' JSON values (strings, lists of strings, numbers, nulls).</summary>
public static class CaseJson
{
    public static JsonElement? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>True when the object has the property, even when it is null ("seniority": null is an expectation).</summary>
    public static bool Has(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);

    public static string? Text(JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>A string or a list of strings, as a list (a title may list every acceptable form).</summary>
    public static IReadOnlyList<string> Strings(JsonElement element, string name) => Get(element, name) switch
    {
        { ValueKind: JsonValueKind.String } one => [one.GetString()!],
        { ValueKind: JsonValueKind.Array } many => [.. many.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)],
        _ => [],
    };

    public static int? Whole(JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Number } value ? (int)Math.Round(value.GetDouble()) : null;

    public static double? Number(JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    public static bool? Flag(JsonElement element, string name) => Get(element, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };
}
