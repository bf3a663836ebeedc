namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// Titles in other languages put together from their words: a Romance head, a connector and the field
/// ("ingeniero de datos", "responsabile di magazzino"), a Polish head and the field ("kierownik magazynu",
/// "specjalista ds. logistyki"), a German or Dutch compound ("Logistikkoordinator", "Java-Entwickler",
/// "logistiek coördinator"), a Dutch head and the field ("docent wiskunde"). Each comes with the English titles it may mean ("data engineer").
/// </summary>
public static class TitleCompositions
{
    private static readonly string[] Romance = ["es", "fr", "it", "pt"];

    /// <summary>Every written form and the English titles it may translate, in the file's order.</summary>
    public static IEnumerable<(string Form, IReadOnlyList<string> English)> Forms(TranslatedWordsFile file)
    {
        foreach (var (fieldName, field) in file.Fields)
        {
            var fieldEnglish = field.English.Count > 0 ? field.English : [fieldName];
            foreach (var (headName, head) in file.Heads)
            {
                IReadOnlyList<string> english = [.. fieldEnglish.Select(f => $"{f} {headName}")];
                foreach (var language in Romance)
                {
                    var connectors = field.Bare ? [""] : file.Connectors.GetValueOrDefault(language) ?? [];
                    foreach (var form in Joined(FormsOf(head, language), connectors, FormsOf(field, language)))
                    {
                        yield return (form, english);
                    }
                }

                var polishConnectors = field.Bare ? [""] : file.Connectors.GetValueOrDefault("pl") ?? [""];
                foreach (var form in Joined(head.Pl, polishConnectors, field.Pl))
                {
                    yield return (form, english);
                }

                foreach (var form in Compounds(head.De, field.De).Concat(Compounds(head.Nl, field.Nl)))
                {
                    yield return (form, english);
                }

                // A Dutch vacancy puts the field after the head as well ("Docent Wiskunde", "Beheerder ICT"); not a head that is
                // the English word ("the manager it reports to"), nor a field of several words.
                foreach (var form in Joined(head.Nl.Where(h => h != headName), [""], field.Nl.Where(f => !f.Contains(' ', StringComparison.Ordinal))))
                {
                    yield return (form, english);
                }
            }
        }
    }

    private static IEnumerable<string> Joined(IEnumerable<string> heads, IEnumerable<string> connectors, IEnumerable<string> fields) =>
        from h in heads
        from c in connectors
        from f in fields
        select c.Length == 0 ? $"{h} {f}" : $"{h} {c} {f}";

    // "logistikkoordinator", "java-entwickler", "logistiek coördinator".
    private static IEnumerable<string> Compounds(IEnumerable<string> heads, IEnumerable<string> fields) =>
        from f in fields
        from h in heads
        from form in new[] { f.Contains(' ', StringComparison.Ordinal) ? null : f + h, $"{f}-{h}", $"{f} {h}" }
        where form is not null
        select form;

    private static List<string> FormsOf(LanguageForms forms, string language) => language switch
    {
        "es" => forms.Es,
        "fr" => forms.Fr,
        "it" => forms.It,
        "pt" => forms.Pt,
        _ => [],
    };
}
