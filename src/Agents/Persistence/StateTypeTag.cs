using System.Reflection;
using Hiring.Storage;

namespace Hiring.Agents.Persistence;

/// <summary>The type/version tag stored beside every grain state row.</summary>
public readonly record struct StateTypeTag(string TypeName, int Version)
{
    public static StateTypeTag For(Type type)
    {
        // Orleans' [Alias] survives renames and namespace moves, so prefer it to the CLR name.
        var alias = type.GetCustomAttribute<AliasAttribute>()?.Alias;
        var version = type.GetCustomAttribute<StateVersionAttribute>()?.Version ?? 1;
        return new StateTypeTag(alias ?? type.FullName ?? type.Name, version);
    }

    /// <summary>The tag of <typeparamref name="T"/>, read from its attributes once (reflection on every state write showed in profiles).</summary>
    public static StateTypeTag Of<T>() => Cache<T>.Tag;

    public override string ToString() => $"{TypeName}@v{Version}";

    private static class Cache<T>
    {
        public static readonly StateTypeTag Tag = For(typeof(T));
    }
}
