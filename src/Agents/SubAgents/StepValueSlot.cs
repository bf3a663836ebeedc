using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.SubAgents;

/// <summary>One parameter of a step record and how its named value reads and writes.</summary>
internal sealed class StepValueSlot
{
    private enum Kind { Text, Number, Decimal, Flag, Word, List, Numbered, Json }

    private readonly StepValueAttribute _value;
    private readonly ParameterInfo _parameter;
    private readonly Type _type;
    private readonly Kind _kind;
    private readonly bool _nullable;

    private StepValueSlot(ParameterInfo parameter, StepValueAttribute value, bool nullable)
    {
        _parameter = parameter;
        _value = value;
        _nullable = nullable;
        _type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        _kind = _type == typeof(string) ? Kind.Text
            : _type == typeof(int) ? Kind.Number
            : _type == typeof(double) ? Kind.Decimal
            : _type == typeof(bool) ? Kind.Flag
            : _type.IsEnum ? Kind.Word
            : value.Numbered && _type.IsAssignableFrom(typeof(Dictionary<string, string>)) ? Kind.Numbered
            : _type.IsAssignableFrom(typeof(string[])) ? Kind.List
            : Kind.Json;
    }

    public static StepValueSlot For(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var value = parameter.GetCustomAttribute<StepValueAttribute>()
            ?? throw new InvalidOperationException($"{parameter.Member.DeclaringType?.Name}.{parameter.Name} has no [StepValue] name.");
        var nullable = Nullable.GetUnderlyingType(parameter.ParameterType) is not null
            || (!parameter.ParameterType.IsValueType && nullability.Create(parameter).WriteState == NullabilityState.Nullable);
        return new StepValueSlot(parameter, value, nullable);
    }

    public object? Read(IReadOnlyDictionary<string, string> values)
    {
        if (_kind == Kind.Numbered)
        {
            var numbered = values.Where(v => IsNumbered(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
            return numbered.Count == 0 && _nullable ? null : numbered;
        }

        if (!values.TryGetValue(_value.Name, out var text) || (_kind != Kind.Text && string.IsNullOrWhiteSpace(text)))
        {
            return Missing();
        }

        return _kind switch
        {
            Kind.Text => text,
            Kind.Number => int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : Refuse(text, "a whole number"),
            Kind.Decimal => double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : Refuse(text, "a number"),
            Kind.Flag => bool.TryParse(text.Trim(), out var flag) ? flag : Refuse(text, "true or false"),
            Kind.Word => Word(text),
            Kind.List => List(text),
            _ => Structured(text),
        };
    }

    public void Write(object? value, Dictionary<string, string> values)
    {
        switch (value)
        {
            case null:
                return;
            case IReadOnlyDictionary<string, string> numbered when _kind == Kind.Numbered:
                foreach (var (name, text) in numbered)
                {
                    values[name] = text;
                }

                return;
            default:
                values[_value.Name] = _kind switch
                {
                    Kind.Text => (string)value,
                    Kind.Number or Kind.Decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
                    Kind.Flag => (bool)value ? "true" : "false",
                    Kind.Word => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()!),
                    Kind.List => string.Join(_value.Separators[0], (IEnumerable<string>)value),
                    _ => JsonSerializer.Serialize(value, _type, StepValues.Json),
                };
                return;
        }
    }

    private bool IsNumbered(string name) =>
        name.Length > _value.Name.Length && name.StartsWith(_value.Name, StringComparison.Ordinal) && name.AsSpan(_value.Name.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    private object? Missing() =>
        _parameter.HasDefaultValue ? _parameter.DefaultValue
        : _nullable ? null
        : _kind == Kind.List ? Array.Empty<string>()
        : throw new AssistantRefusalException(RefusalCodes.Invalid, $"The step needs a value for '{_value.Name}'.");

    private string[] List(string text)
    {
        var items = text.Split(_value.Separators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. (_value.LowerCase ? items.Select(i => i.ToLowerInvariant()) : items).Distinct(StringComparer.Ordinal)];
    }

    private object Word(string text)
    {
        var folded = text.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        var name = Enum.GetNames(_type).FirstOrDefault(n => string.Equals(n, folded, StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse(_type, name)
            : Refuse(text, $"one of {string.Join(", ", Enum.GetNames(_type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName))}");
    }

    private object? Structured(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, _type, StepValues.Json) ?? Missing();
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return Refuse(text, $"a {_type.Name} as JSON");
        }
    }

    private object Refuse(string text, string expected)
    {
        var shown = text.Length > 60 ? text[..60] + "…" : text;
        throw new AssistantRefusalException(RefusalCodes.Invalid, $"The step's '{_value.Name}' should be {expected}, not '{shown}'.");
    }
}
