using System.Text.RegularExpressions;
using Hiring.Contracts.Learning;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Gateway.GraphQL.Types;

/// <summary>Action kinds as the API spells them (THUMBS_UP).</summary>
public static partial class ActionNames
{
    public static string Of(RecruiterActionKind kind) => Words().Replace(kind.ToString(), "$1_$2").ToUpperInvariant();

    [GeneratedRegex("([a-z])([A-Z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Words();
}
