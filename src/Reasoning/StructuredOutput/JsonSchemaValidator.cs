using System.Text.Json;

namespace Hiring.Reasoning.StructuredOutput;

/// <summary>
/// Validates JSON against the subset of JSON Schema our prompts use: type (one or a list),
/// properties, required, additionalProperties: false, items, enum, minItems/maxItems,
/// minLength, minimum/maximum. Returns every violation with its JSON path.
/// </summary>
public static class JsonSchemaValidator
{
    public static IReadOnlyList<string> Validate(JsonElement instance, JsonElement schema)
    {
        var errors = new List<string>();
        Check(instance, schema, "$", errors);
        return errors;
    }

    private static void Check(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(value, type))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, got {Describe(value)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(value, schema, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(value, schema, path, errors);
                break;
            case JsonValueKind.String:
                if (schema.TryGetProperty("minLength", out var minLength) && value.GetString()!.Length < minLength.GetInt32())
                {
                    errors.Add($"{path}: shorter than {minLength.GetInt32()} characters");
                }

                break;
            case JsonValueKind.Number:
                CheckRange(value.GetDouble(), schema, path, errors);
                break;
        }
    }

    private static void CheckObject(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: missing required property '{name}'");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{path}.{property.Name}", errors);
            }
            else if (closed)
            {
                errors.Add($"{path}: unexpected property '{property.Name}'");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, $"{path}.{property.Name}", errors);
            }
        }
    }

    private static void CheckArray(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
        {
            errors.Add($"{path}: needs at least {min.GetInt32()} item(s), got {count}");
        }

        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
        {
            errors.Add($"{path}: allows at most {max.GetInt32()} item(s), got {count}");
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]", errors);
            }
        }
    }

    private static void CheckRange(double number, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
        {
            errors.Add($"{path}: {number} is below the minimum {minimum.GetDouble()}");
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
        {
            errors.Add($"{path}: {number} is above the maximum {maximum.GetDouble()}");
        }
    }

    private static bool MatchesType(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => MatchesType(value, t.GetString()!))
            : MatchesType(value, type.GetString()!);

    private static bool MatchesType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
