using IntegrationFunding.Storage.Sqlite;

namespace IntegrationFunding.Storage.Reports;

/// <summary>Keeps data reports for the operator (table <c>data_reports</c>, migration 005).</summary>
public sealed class ReportStore(SqliteDatabase database, TimeProvider timeProvider)
{
    public const int MaxFieldLength = 100;
    public const int MaxMessageLength = 2000;
    public const int MaxEmailLength = 254;

    /// <summary>Stores a report and returns its number. Lengths are checked here as well as in the UI.</summary>
    public async Task<long> AddAsync(DataReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Field.Length > MaxFieldLength || report.Message.Length > MaxMessageLength || report.Email?.Length > MaxEmailLength)
        {
            throw new ArgumentException("Report field too long.", nameof(report));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.Command(
                "INSERT INTO data_reports (programme_id, field, message, email, created_at) VALUES ($p, $f, $m, $e, $t) RETURNING id")
            .With("$p", report.ProgrammeId).With("$f", report.Field).With("$m", report.Message).With("$e", report.Email)
            .With("$t", timeProvider.GetUtcNow().ToStorage())
            .ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Reports not yet handled, oldest first.</summary>
    public async Task<IReadOnlyList<StoredDataReport>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.Command(
                "SELECT id, programme_id, field, message, email, created_at, handled_at FROM data_reports WHERE handled_at IS NULL ORDER BY id")
            .ExecuteReaderAsync(cancellationToken);
        var result = new List<StoredDataReport>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var handled = reader.GetNullableString(6);
            result.Add(new StoredDataReport(
                reader.GetInt64(0),
                new DataReport(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetNullableString(4)),
                SqliteExtensions.FromStorage(reader.GetString(5)),
                handled is null ? null : SqliteExtensions.FromStorage(handled)));
        }

        return result;
    }

    /// <summary>
    /// Marks an open report as handled and forgets the reporter's address, which is no longer needed.
    /// False when there is no open report with that number.
    /// </summary>
    public async Task<bool> MarkHandledAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.Command("UPDATE data_reports SET handled_at = $t, email = NULL WHERE id = $id AND handled_at IS NULL")
            .With("$t", timeProvider.GetUtcNow().ToStorage()).With("$id", id)
            .ExecuteNonQueryAsync(cancellationToken);
        return changed == 1;
    }
}
