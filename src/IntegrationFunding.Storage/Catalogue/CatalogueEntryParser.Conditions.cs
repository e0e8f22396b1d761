using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Programmes.Conditions;
using IntegrationFunding.Domain.Taxonomy;
using YamlDotNet.RepresentationModel;

namespace IntegrationFunding.Storage.Catalogue;

/// <summary>
/// The <c>conditions</c> field: <c>population</c> (list of <c>kinds</c>, <c>min</c>, <c>max</c>, <c>or_fact</c>,
/// <c>or_text</c>, <c>evidence</c>), <c>area</c> (<c>units</c> of <c>ags</c> + <c>name</c>, <c>evidence</c>) and
/// <c>own_share_reductions</c> (list of <c>fact</c>, <c>own_share_min_percent</c>, <c>text</c>, <c>evidence</c>).
/// See docs/CATALOGUE-FORMAT.md.
/// </summary>
internal sealed partial class CatalogueEntryParser
{
    private const string ConditionsKey = "conditions";

    private static readonly HashSet<string> ConditionKeys = ["population", "area", "own_share_reductions"];
    private static readonly HashSet<string> PopulationKeys = ["kinds", "min", "max", "or_fact", "or_text", "evidence"];
    private static readonly HashSet<string> AreaKeys = ["units", "evidence"];
    private static readonly HashSet<string> UnitKeys = ["ags", "name"];
    private static readonly HashSet<string> ReductionKeys = ["fact", "own_share_min_percent", "text", "evidence"];

    private ProgrammeConditions Conditions()
    {
        var node = Node(ConditionsKey);
        if (IsNull(node))
        {
            return ProgrammeConditions.None;
        }

        if (node is not YamlMappingNode conditions || !OnlyKeys(conditions, ConditionKeys, ConditionsKey))
        {
            Fail(ConditionsKey, "Erwartet wird eine Zuordnung mit population, area und/oder own_share_reductions.", node);
            return ProgrammeConditions.None;
        }

        return new ProgrammeConditions
        {
            Population = Items(conditions, "population").Select(PopulationCondition).OfType<PopulationCondition>().ToList(),
            Area = AreaCondition(Child(conditions, "area")),
            OwnShareReductions = Items(conditions, "own_share_reductions").Select(Reduction).OfType<OwnShareReduction>().ToList(),
        };
    }

    private PopulationCondition? PopulationCondition(YamlMappingNode item)
    {
        const string field = "conditions.population";
        if (!OnlyKeys(item, PopulationKeys, field))
        {
            return null;
        }

        var kinds = new List<string>();
        if (Child(item, "kinds") is YamlSequenceNode list)
        {
            foreach (var kind in list.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? string.Empty))
            {
                if (Vocabularies.MunicipalApplicants.Contains(kind))
                {
                    kinds.Add(kind);
                }
                else
                {
                    Fail(field, $"Unbekannte Art \"{kind}\" in kinds (erlaubt: {string.Join(", ", Vocabularies.MunicipalApplicants)}).", list);
                }
            }
        }

        var min = Whole(item, "min", field);
        var max = Whole(item, "max", field);
        var orFact = Scalar(item, "or_fact");
        var orText = Scalar(item, "or_text");
        if (min is null && max is null)
        {
            Fail(field, "Mindestens min oder max (Einwohnerzahl) ist nötig.", item);
        }
        else if (min > max)
        {
            Fail(field, "min ist größer als max.", item);
        }

        if (orFact is not null && !ConditionFacts.All.Contains(orFact))
        {
            Fail(field, $"Unbekannter Wert \"{orFact}\" in or_fact (erlaubt: {string.Join(", ", ConditionFacts.All)}).", item);
        }

        if (orFact == ConditionFacts.Other && orText is null)
        {
            Fail(field, "Bei or_fact: sonstige ist or_text (die Bedingung in Worten der Quelle) nötig.", item);
        }

        return new PopulationCondition { Kinds = kinds, Min = min, Max = max, OrFact = orFact, OrText = orText, Evidence = EvidenceOf(item) };
    }

    private AreaCondition? AreaCondition(YamlNode? node)
    {
        const string field = "conditions.area";
        if (IsNull(node))
        {
            return null;
        }

        if (node is not YamlMappingNode area || !OnlyKeys(area, AreaKeys, field))
        {
            Fail(field, "Erwartet wird eine Zuordnung mit units und evidence.", node);
            return null;
        }

        var units = new List<AreaUnit>();
        var listed = 0;
        foreach (var unit in Items(area, "units"))
        {
            listed++;
            if (!OnlyKeys(unit, UnitKeys, field + ".units"))
            {
                continue;
            }

            var ags = Scalar(unit, "ags");
            var name = Scalar(unit, "name");
            if (ags is null || !AgsPrefixPattern().IsMatch(ags))
            {
                Fail(field, $"\"{ags}\" ist kein AGS-Präfix (2 bis 8 Ziffern, z. B. 09376 für einen Kreis; in Anführungszeichen).", unit);
            }
            else if (name is null)
            {
                Fail(field, "Jede Gebietseinheit braucht einen Namen (name).", unit);
            }
            else
            {
                units.Add(new AreaUnit(ags, name));
            }
        }

        if (listed == 0)
        {
            Fail(field, "Mindestens eine Gebietseinheit (units) ist nötig.", area);
        }

        return new AreaCondition { Units = units, Evidence = EvidenceOf(area) };
    }

    private OwnShareReduction? Reduction(YamlMappingNode item)
    {
        const string field = "conditions.own_share_reductions";
        if (!OnlyKeys(item, ReductionKeys, field))
        {
            return null;
        }

        var fact = Scalar(item, "fact");
        var text = Scalar(item, "text");
        var percent = Scalar(item, "own_share_min_percent");
        if (fact is null || !ConditionFacts.All.Contains(fact))
        {
            Fail(field, $"Unbekannter Wert \"{fact}\" in fact (erlaubt: {string.Join(", ", ConditionFacts.All)}).", item);
            return null;
        }

        if (fact == ConditionFacts.Other && text is null)
        {
            Fail(field, "Bei fact: sonstige ist text (die Bedingung in Worten der Quelle) nötig.", item);
        }

        if (!decimal.TryParse(percent, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 100)
        {
            Fail(field, $"own_share_min_percent muss eine Zahl von 0 bis 100 sein, nicht \"{percent}\".", item);
            return null;
        }

        return new OwnShareReduction { Fact = fact, OwnShareMinPercent = value, Text = text, Evidence = EvidenceOf(item) };
    }

    private bool OnlyKeys(YamlMappingNode node, HashSet<string> allowed, string field)
    {
        var ok = true;
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!allowed.Contains(key.Value ?? string.Empty))
            {
                Fail(field, $"Unbekanntes Feld \"{key.Value}\" (erlaubt: {string.Join(", ", allowed)}).", key);
                ok = false;
            }
        }

        return ok;
    }

    private IEnumerable<YamlMappingNode> Items(YamlMappingNode node, string key)
    {
        var child = Child(node, key);
        if (IsNull(child))
        {
            yield break;
        }

        if (child is not YamlSequenceNode sequence)
        {
            Fail($"{ConditionsKey}.{key}", "Eine Liste wird erwartet.", child);
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mappingItem)
            {
                yield return mappingItem;
            }
            else
            {
                Fail($"{ConditionsKey}.{key}", "Jeder Listeneintrag muss eine Zuordnung sein.", item);
            }
        }
    }

    private int? Whole(YamlMappingNode node, string key, string field)
    {
        var text = Scalar(node, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Fail(field, $"{key}: \"{text}\" ist keine ganze Zahl ≥ 0.", node);
        return null;
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) =>
        Child(node, key) is YamlScalarNode { Value: { } value } scalar && !IsNull(scalar) && value.Trim().Length > 0 ? value.Trim() : null;

    private static Evidence? EvidenceOf(YamlMappingNode node) =>
        Scalar(node, "evidence") is { } quote ? new Evidence(quote, "catalogue", null) : null;

    [GeneratedRegex("^[0-9]{2,8}$")]
    private static partial Regex AgsPrefixPattern();
}
