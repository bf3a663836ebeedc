using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Hiring.Talent.Search;

/// <summary>
/// Lucene's classic query syntax over the profile fields. A term without a field searches every
/// field; <c>title:</c> also searches current titles with a higher weight; skill and title
/// terms are expanded to their synonyms from the taxonomy.
/// </summary>
internal sealed class TalentQueryParser : QueryParser
{
    private const float CurrentTitleBoost = 2f;

    private readonly TalentTaxonomy _taxonomy;

    public TalentQueryParser(TalentTaxonomy taxonomy, Analyzer analyzer)
        : base(ProfileTextAnalyzer.Version, TalentFields.Any, analyzer)
    {
        _taxonomy = taxonomy;
        DefaultOperator = AND_OPERATOR;
        AutoGeneratePhraseQueries = true;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        var resolved = Resolve(field);
        var query = resolved switch
        {
            TalentFields.Any => AnyOf(TalentFields.Unfielded.Select(f => (f.Field, f.Boost)), queryText),
            TalentFields.Title => TitleQuery(queryText),
            _ => Variants(resolved, queryText),
        };

        // Text the analyzer drops entirely (punctuation) gives no clause, as in Lucene's own
        // parser: an empty required clause would otherwise match nothing.
        return query is BooleanQuery { Clauses.Count: 0 } ? null! : query!;
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        Expand(field, f => base.GetPrefixQuery(f, termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Expand(field, f => base.GetWildcardQuery(f, termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Expand(field, f => base.GetFuzzyQuery(f, termStr, minSimilarity));

    private static Query Expand(string field, Func<string, Query> build)
    {
        var resolved = Resolve(field);
        if (resolved != TalentFields.Any)
        {
            return build(resolved);
        }

        var any = new BooleanQuery();
        foreach (var (target, boost) in TalentFields.Unfielded)
        {
            var query = build(target);
            query.Boost = boost;
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>
    /// Any title, the current one weighing more. A known title ("SWE", "backend developer") is a
    /// lookup of its canonical key; other text is matched as words in order, with any known title
    /// inside it written each equivalent way.
    /// </summary>
    private BooleanQuery TitleQuery(string queryText)
    {
        if (_taxonomy.CanonicalTitle(queryText) is not { } canonical)
        {
            var words = new BooleanQuery();
            if (Variants(TalentFields.Title, queryText) is { } any)
            {
                words.Add(any, Occur.SHOULD);
            }

            if (Variants(TalentFields.CurrentTitle, queryText) is { } current)
            {
                current.Boost = CurrentTitleBoost;
                words.Add(current, Occur.SHOULD);
            }

            return words;
        }

        return new BooleanQuery
        {
            { new TermQuery(new Term(TalentFields.TitleKey, canonical)), Occur.SHOULD },
            { new TermQuery(new Term(TalentFields.CurrentTitleKey, canonical)) { Boost = CurrentTitleBoost }, Occur.SHOULD },
        };
    }

    private BooleanQuery AnyOf(IEnumerable<(string Field, float Boost)> fields, string queryText)
    {
        var any = new BooleanQuery();
        foreach (var (field, boost) in fields)
        {
            var query = field == TalentFields.Title ? TitleQuery(queryText) : Variants(field, queryText);
            if (query is not null and not BooleanQuery { Clauses.Count: 0 })
            {
                query.Boost = boost;
                any.Add(query, Occur.SHOULD);
            }
        }

        return any;
    }

    /// <summary>The text and its synonyms in one field, any of them matching; null when the analyzer leaves nothing.</summary>
    private Query? Variants(string field, string queryText)
    {
        IEnumerable<string> variants = field switch
        {
            TalentFields.Skill => _taxonomy.SkillVariants(queryText),
            TalentFields.Title or TalentFields.CurrentTitle => _taxonomy.TitleVariants(queryText),
            TalentFields.Summary or TalentFields.Headline => _taxonomy.SkillVariants(queryText).Concat(_taxonomy.TitleVariants(queryText)),
            _ => [queryText],
        };
        var queries = variants
            .Where(v => v.Any(char.IsLetterOrDigit))
            .Distinct(StringComparer.Ordinal)
            .Select(v => base.GetFieldQuery(field, v, quoted: true))
            .Where(q => q is not null)
            .ToList();
        if (queries.Count <= 1)
        {
            return queries.FirstOrDefault();
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    private static string Resolve(string field) =>
        TalentFields.Resolve(field)
        ?? throw new TalentQuerySyntaxException(
            $"unknown field '{field}:'; use one of {string.Join(", ", TalentFields.Queryable.Select(f => f + ":"))}", 1, 0);
}
