using CsvHelper;
using IntegrationFunding.Api.Ui.Presentation;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>The shortlist as CSV for German Excel: UTF-8 with BOM, semicolons, German headers.</summary>
public sealed class MatchesCsv
{
    private static readonly string[] Header =
    [
        "Programm", "Fördergeber", "Ebene und Region", "Berechtigung", "Rolle", "Förderquote", "Eigenanteil",
        "Nächste Frist", "Status", "Gründe", "Hinweise", "Link",
    ];

    public byte[] Write(IReadOnlyList<ProfileMatch> matches, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(matches);
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, FormatProvider = GermanFormat.Culture };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            foreach (var column in Header)
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var m in matches)
            {
                var p = m.Programme;
                csv.WriteField(p.Name);
                csv.WriteField(p.Funder);
                csv.WriteField(GermanFormat.LevelAndRegion(p));
                csv.WriteField(m.EligibilityLabel);
                csv.WriteField(m.Role == ProfileMatch.Partner ? "Kooperationspartner" : "Antragsteller");
                csv.WriteField(GermanFormat.FundingRate(p));
                csv.WriteField(GermanFormat.OwnShare(p));
                csv.WriteField(GermanFormat.Deadline(p, ProgrammeTimeline.NextDeadline(p, today), today));
                csv.WriteField(Vocabularies.Statuses.LabelOf(ProgrammeTimeline.Status(p, today)));
                csv.WriteField(string.Join(" ", m.Reasons));
                csv.WriteField(string.Join(" ", m.Warnings));
                csv.WriteField(SafeLink.IsWebAddress(p.Url, out var uri) ? uri!.AbsoluteUri : string.Empty);
                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }
}
