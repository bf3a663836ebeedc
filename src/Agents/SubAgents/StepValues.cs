using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hiring.Agents.SubAgents;

/// <summary>
/// The one binder between a plan's named values (what planners, approvals and earlier steps pass, by
/// <see cref="Contracts.Planning.StepValueNames"/>) and the typed records of each action. Numbers are
/// invariant, lists separated and trimmed (distinct), structured values JSON. A value that does not
/// read refuses the step with a message that names it: a model's garbage never reaches a handler.
/// </summary>
public static class StepValues
{
    /// <summary>How structured values (a query plan, a spec change) are written: web names, enums as kebab-case words, nulls left out.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly ConcurrentDictionary<Type, StepValueShape> Shapes = new();

    /// <summary>The record <typeparamref name="T"/> read from <paramref name="values"/>; names it does not map are ignored.</summary>
    /// <exception cref="Contracts.Supervisor.AssistantRefusalException">A value is missing or does not read as its type.</exception>
    public static T Bind<T>(IReadOnlyDictionary<string, string> values)
        where T : notnull =>
        (T)ShapeOf(typeof(T)).Bind(values);

    /// <summary>The named values of <paramref name="record"/>: null properties are left out, an empty list is written empty (it replaces an earlier one).</summary>
    public static Dictionary<string, string> Write<T>(T record)
        where T : notnull =>
        ShapeOf(record.GetType()).Write(record);

    private static StepValueShape ShapeOf(Type type) => Shapes.GetOrAdd(type, StepValueShape.Of);
}
