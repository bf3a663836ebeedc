using System.Text;
using System.Text.RegularExpressions;

namespace Hiring.Talent.Search;

/// <summary>The words a boolean query asks for, without operators, fields or negated parts: what the query embedding is made of.</summary>
public static partial class QueryText
{
    public static string ForEmbedding(string query)
    {
        var words = new StringBuilder();
        var skipNext = false;
        var skippedDepth = 0;
        var depth = 0;
        foreach (Match match in Tokens().Matches(query))
        {
            var token = match.Value;
            switch (token)
            {
                case "(":
                    depth++;
                    if (skipNext && skippedDepth == 0)
                    {
                        skippedDepth = depth;
                        skipNext = false;
                    }

                    continue;
                case ")":
                    if (depth == skippedDepth)
                    {
                        skippedDepth = 0;
                    }

                    depth--;
                    continue;
                case "AND" or "OR" or "&&" or "||":
                    continue;
                case "NOT" or "!":
                    skipNext = true;
                    continue;
            }

            if (skippedDepth > 0 || token.StartsWith('-'))
            {
                continue;
            }

            if (skipNext)
            {
                skipNext = false;
                continue;
            }

            var word = Noise().Replace(FieldPrefix().Replace(token.TrimStart('+'), ""), " ").Trim();
            if (word.Length > 0)
            {
                words.Append(word).Append(' ');
            }
        }

        return words.ToString().TrimEnd();
    }

    [GeneratedRegex(@"[+-]?(?:\w+:)?""[^""]*""?|[()]|[^\s()]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^\w+:")]
    private static partial Regex FieldPrefix();

    [GeneratedRegex(@"[~^]\d+(?:\.\d+)?|[""*?~^\\]+")]
    private static partial Regex Noise();
}
