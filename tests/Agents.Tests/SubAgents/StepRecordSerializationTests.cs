using System.Collections;
using System.Reflection;
using System.Text.Json;
using Hiring.Agents.SubAgents;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Hiring.Agents.Tests.SubAgents;

/// <summary>
/// Every typed step input and output survives Orleans serialization with every value set: a
/// property without its [Id] (or a type the serializer cannot carry) loses its value here, as it
/// would between silos or in a persisted step.
/// </summary>
public sealed class StepRecordSerializationTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(StepValueAttribute).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    public static TheoryData<string> StepRecords()
    {
        var data = new TheoryData<string>();
        foreach (var type in StepTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void EveryAgentHasTypedStepRecords()
    {
        var agents = StepTypes().Select(t => t.Namespace!.Split('.')[^2]).Distinct().ToList();
        Assert.Contains("Intake", agents);
        Assert.Contains("Sourcing", agents);
        Assert.Contains("Evaluation", agents);
        Assert.True(StepTypes().Count() >= 15, $"only {StepTypes().Count()} step records found");
    }

    [Theory]
    [MemberData(nameof(StepRecords))]
    public void ARecordWithEveryValueSetRoundTripsUnchanged(string typeName)
    {
        var type = StepTypes().Single(t => t.FullName == typeName);
        var original = Sample(type, depth: 0)!;
        Assert.All(type.GetProperties().Where(p => p.GetIndexParameters().Length == 0), p => Assert.NotNull(p.GetValue(original)));

        var copy = Serializer.Deserialize<object>(Serializer.SerializeToArray<object>(original));

        Assert.IsType(type, copy);
        Assert.Equal(JsonSerializer.Serialize(original, type, Json), JsonSerializer.Serialize(copy, type, Json));
    }

    private static IEnumerable<Type> StepTypes() =>
        typeof(StepValueAttribute).Assembly.GetTypes()
            .Where(t => t.Namespace?.EndsWith(".Steps", StringComparison.Ordinal) == true
                && t.GetCustomAttribute<GenerateSerializerAttribute>() is not null
                && !t.IsAbstract && !t.IsEnum);

    // A value for every constructor parameter, never the default, so a dropped field shows as a difference.
    private static object? Sample(Type type, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return "sample text";
        if (underlying == typeof(int)) return 3;
        if (underlying == typeof(long)) return 4L;
        if (underlying == typeof(double)) return 0.5;
        if (underlying == typeof(float)) return 0.25f;
        if (underlying == typeof(decimal)) return 1.5m;
        if (underlying == typeof(bool)) return true;
        if (underlying == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);
        if (underlying == typeof(DateOnly)) return new DateOnly(2026, 12, 2);
        if (underlying == typeof(TimeSpan)) return TimeSpan.FromMinutes(7);
        if (underlying == typeof(Guid)) return Guid.Parse("6d8f0c52-6a0e-4c3e-9a55-1d2f1b7e9a01");
        if (underlying.IsEnum) return Enum.GetValues(underlying).Cast<object>().Last();
        if (depth > 4) return null;

        if (underlying.IsArray)
        {
            var array = Array.CreateInstance(underlying.GetElementType()!, 1);
            array.SetValue(Sample(underlying.GetElementType()!, depth + 1), 0);
            return array;
        }

        if (underlying.IsGenericType && typeof(IEnumerable).IsAssignableFrom(underlying))
        {
            var arguments = underlying.GetGenericArguments();
            if (arguments.Length == 2)
            {
                var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
                dictionary.Add(Sample(arguments[0], depth + 1)!, Sample(arguments[1], depth + 1));
                return dictionary;
            }

            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(arguments[0]))!;
            list.Add(Sample(arguments[0], depth + 1));
            return list;
        }

        var constructor = underlying.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType, depth + 1))]);
    }
}
