using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace Hiring.Gateway.Candidates;

/// <summary>
/// The candidate page's HTML templates (Candidates/Templates, embedded in the gateway). A template
/// names a value as {{name}} (HTML-encoded: whatever a candidate or recruiter wrote is text, never
/// markup) or {{{name}}} (markup another template rendered).
/// </summary>
public sealed partial class CandidatePageTemplates
{
    private readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);

    public string Render(string template, params (string Name, string Value)[] values)
    {
        var lookup = values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return Placeholder().Replace(Read(template), m =>
        {
            var raw = m.Groups["raw"].Success;
            var name = raw ? m.Groups["raw"].Value : m.Groups["encoded"].Value;
            var value = lookup.TryGetValue(name, out var found) ? found : throw new InvalidOperationException($"The candidate page template '{template}' needs a value for '{name}'.");
            return raw ? value : WebUtility.HtmlEncode(value);
        });
    }

    private string Read(string template) => _templates.GetOrAdd(template, name =>
    {
        using var stream = typeof(CandidatePageTemplates).Assembly.GetManifestResourceStream($"candidate-page/{name}.html")
            ?? throw new InvalidOperationException($"No candidate page template '{name}' is embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [GeneratedRegex(@"\{\{\{(?<raw>[a-z_]+)\}\}\}|\{\{(?<encoded>[a-z_]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
