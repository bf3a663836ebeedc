using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hiring.Talent.Search;

/// <summary>
/// Says which fields and terms of a query each hit contains: every positive leaf of the query
/// (a term, a phrase, a wildcard) is tested against the hit's document alone.
/// </summary>
internal static class MatchExplainer
{
    public static IReadOnlyDictionary<int, IReadOnlyList<MatchReason>> Explain(IndexSearcher searcher, Query query, IReadOnlyCollection<int> docs)
    {
        var found = docs.ToDictionary(d => d, _ => new List<(string Field, string Text)>());
        if (docs.Count == 0)
        {
            return found.ToDictionary(p => p.Key, _ => (IReadOnlyList<MatchReason>)[]);
        }

        var segments = docs
            .Distinct()
            .Order()
            .GroupBy(doc => ReaderUtil.SubIndex(doc, searcher.IndexReader.Leaves))
            .Select(g => (Context: searcher.IndexReader.Leaves[g.Key], Docs: g.ToList()))
            .ToList();
        foreach (var (field, text, leaf) in Leaves(query).DistinctBy(l => (l.Field, l.Text)))
        {
            var weight = searcher.CreateNormalizedWeight(leaf);
            foreach (var (context, segmentDocs) in segments)
            {
                // One scorer per segment, advanced through the hits in doc order.
                if (weight.GetScorer(context, context.AtomicReader.LiveDocs) is not { } scorer)
                {
                    continue;
                }

                var at = -1;
                foreach (var doc in segmentDocs)
                {
                    var local = doc - context.DocBase;
                    if (at < local)
                    {
                        at = scorer.Advance(local);
                    }

                    if (at == local)
                    {
                        found[doc].Add((field, text));
                    }
                }
            }
        }

        return found.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<MatchReason>)[.. p.Value
                .GroupBy(f => f.Field)
                .Select(g => new MatchReason(g.Key, [.. g.Select(f => f.Text).Distinct()]))]);
    }

    private static IEnumerable<(string Field, string Text, Query Leaf)> Leaves(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    foreach (var leaf in Leaves(clause.Query))
                    {
                        yield return leaf;
                    }
                }

                break;
            case TermQuery term:
                yield return (Display(term.Term.Field), term.Term.Text, term);
                break;
            case PhraseQuery phrase when phrase.GetTerms().Length > 0:
                var terms = phrase.GetTerms();
                yield return (Display(terms[0].Field), string.Join(' ', terms.Select(t => t.Text)), phrase);
                break;
            case MultiTermQuery multi:
                yield return (Display(multi.Field), multi.ToString(multi.Field), multi);
                break;
        }
    }

    private static string Display(string field) => field switch
    {
        TalentFields.CurrentTitle or TalentFields.CurrentTitleKey => "current title",
        TalentFields.TitleKey => TalentFields.Title,
        _ => field,
    };
}
