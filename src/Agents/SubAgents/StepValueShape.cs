using System.Reflection;

namespace Hiring.Agents.SubAgents;

/// <summary>How one input or output record maps to named values: its constructor and one <see cref="StepValueSlot"/> per parameter.</summary>
internal sealed class StepValueShape(ConstructorInfo constructor, IReadOnlyList<(StepValueSlot Slot, PropertyInfo Property)> slots)
{
    public static StepValueShape Of(Type type)
    {
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters() is not [var only] || only.ParameterType != type)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault() ?? throw new InvalidOperationException($"{type.Name} has no public constructor to bind step values to.");
        var nullability = new NullabilityInfoContext();
        var slots = constructor.GetParameters()
            .Select(p => (
                StepValueSlot.For(p, nullability),
                type.GetProperty(p.Name!) ?? throw new InvalidOperationException($"{type.Name}.{p.Name} has no property to write the step value from.")))
            .ToList();
        return new StepValueShape(constructor, slots);
    }

    public object Bind(IReadOnlyDictionary<string, string> values) =>
        constructor.Invoke([.. slots.Select(s => s.Slot.Read(values))]);

    public Dictionary<string, string> Write(object record)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (slot, property) in slots)
        {
            slot.Write(property.GetValue(record), values);
        }

        return values;
    }
}
