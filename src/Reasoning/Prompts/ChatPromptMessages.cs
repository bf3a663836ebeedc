using System.Net;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Reasoning.Prompts;

/// <summary>
/// Splits a rendered prompt into chat messages using Semantic Kernel's <c>&lt;message role="…"&gt;</c>
/// convention. Variable values arrive HTML-encoded from the template engine, so a recruiter's text
/// cannot open a message of its own; content is decoded once it is split.
/// </summary>
public static partial class ChatPromptMessages
{
    public static ChatHistory Parse(string rendered)
    {
        var history = new ChatHistory();
        foreach (Match match in MessagePattern().Matches(rendered))
        {
            var content = WebUtility.HtmlDecode(match.Groups["content"].Value.Trim());
            history.AddMessage(new AuthorRole(match.Groups["role"].Value.ToLowerInvariant()), content);
        }

        if (history.Count == 0)
        {
            history.AddUserMessage(WebUtility.HtmlDecode(rendered.Trim()));
        }

        return history;
    }

    [GeneratedRegex("""<message\s+role="(?<role>system|user|assistant)"\s*>(?<content>.*?)</message>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex MessagePattern();
}
