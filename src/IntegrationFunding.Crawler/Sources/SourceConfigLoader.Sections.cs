using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Crawler.Sources;

public static partial class SourceConfigLoader
{
    private static SourceDefaults ReadDefaults(YamlNodeReader r)
    {
        var level = r.String("level", required: true)!;
        RequireTerm(r, "level", level, r.Find("level")!, Vocabularies.Levels);
        var states = r.Strings("states");
        foreach (var (value, node) in states)
        {
            RequireTerm(r, "states", value, node, Vocabularies.States);
        }

        var topics = r.Strings("topics");
        foreach (var (value, node) in topics)
        {
            RequireTerm(r, "topics", value, node, Vocabularies.Topics);
        }

        var fundingType = r.String("fundingType");
        if (fundingType is not null)
        {
            RequireTerm(r, "fundingType", fundingType, r.Find("fundingType")!, Vocabularies.FundingTypes);
        }

        var defaults = new SourceDefaults
        {
            Level = level,
            Funder = r.String("funder"),
            States = states.Select(s => s.Value).ToList(),
            Topics = topics.Select(s => s.Value).ToList(),
            FundingType = fundingType,
        };
        r.RejectUnknownKeys();
        return defaults;
    }

    private static ListSelectors? ReadList(YamlNodeReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var list = new ListSelectors
        {
            Links = RequireSelector(r, "links"),
            Next = OptionalSelector(r, "next"),
            MaxPages = r.Int("maxPages", 100, 1, 10_000),
        };
        r.RejectUnknownKeys();
        return list;
    }

    private static DetailSelectors? ReadDetail(YamlNodeReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var pairs = Blocks(r, "pairs", p => new PairSelectors(RequireSelector(p, "container"), RequireSelector(p, "label"), RequireSelector(p, "value")));
        var sections = Blocks(r, "sections", s => new SectionSelectors(RequireSelector(s, "scope"), RequireSelector(s, "heading")) { Lead = s.String("lead") ?? "" });
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.Mapping("fields") is { } f)
        {
            foreach (var (field, keyNode, _) in f.Entries())
            {
                if (!ProgrammeFields.All.Contains(field) || field == ProgrammeFields.Ignore)
                {
                    throw f.Error(keyNode, $"'detail.fields.{field}' ist kein bekanntes Feld; erlaubt: {string.Join(", ", ProgrammeFields.All.Where(x => x != ProgrammeFields.Ignore))}.");
                }

                fields[field] = RequireSelector(f, field);
            }
        }

        var labels = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (r.Mapping("labels") is { } l)
        {
            foreach (var (field, keyNode, _) in l.Entries())
            {
                if (!ProgrammeFields.All.Contains(field))
                {
                    throw l.Error(keyNode, $"'detail.labels.{field}' ist kein bekanntes Feld; erlaubt: {string.Join(", ", ProgrammeFields.All)}.");
                }

                labels[field] = l.Strings(field, required: true).Select(x => x.Value).ToList();
            }
        }

        var detail = new DetailSelectors
        {
            Title = RequireSelector(r, "title"),
            Pairs = pairs,
            Sections = sections,
            Fields = fields,
            Labels = labels,
            IdPathPrefix = r.String("idPathPrefix"),
        };
        r.RejectUnknownKeys();
        return detail;
    }

    /// <summary>A block key that holds one mapping or a list of mappings (several <c>pairs</c>/<c>sections</c> blocks).</summary>
    private static List<T> Blocks<T>(YamlNodeReader r, string key, Func<YamlNodeReader, T> read)
    {
        var blocks = new List<T>();
        foreach (var block in r.MappingOrList(key))
        {
            blocks.Add(read(block));
            block.RejectUnknownKeys();
        }

        return blocks;
    }

    private static RateSettings ReadRate(YamlNodeReader? r)
    {
        if (r is null)
        {
            return new RateSettings();
        }

        var rate = new RateSettings
        {
            RequestsPerSecond = r.Double("requestsPerSecond", 0.5, 0.001, 100),
            MinDelay = r.Duration("minDelay", TimeSpan.FromSeconds(2)),
        };
        r.RejectUnknownKeys();
        return rate;
    }

    private static string RequireSelector(YamlNodeReader r, string key) =>
        OptionalSelector(r, key) ?? throw r.Error($"Pflichtfeld '{r.Qualify(key)}' (CSS-Selektor) fehlt.");

    private static string? OptionalSelector(YamlNodeReader r, string key)
    {
        var selector = r.String(key);
        if (selector is null)
        {
            return null;
        }

        bool valid;
        try
        {
            valid = new AngleSharp.Css.Parser.CssSelectorParser().ParseSelector(selector) is not null;
        }
        catch (AngleSharp.Dom.DomException)
        {
            valid = false;
        }

        return valid ? selector : throw r.Error(r.Find(key)!, $"'{r.Qualify(key)}': '{selector}' ist kein gültiger CSS-Selektor.");
    }
}
