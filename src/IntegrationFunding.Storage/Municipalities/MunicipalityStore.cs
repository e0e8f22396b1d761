using System.Globalization;
using IntegrationFunding.Domain.Municipalities;
using IntegrationFunding.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationFunding.Storage.Municipalities;

/// <summary>The register's tables: replaced as a whole in one transaction, read as a whole into memory.</summary>
public sealed class MunicipalityStore(SqliteDatabase database, TimeProvider time)
{
    private static readonly string[] Columns =
        ["key", "level", "kind", "name", "seat", "state", "ars", "kreis_key", "kreis_name", "verband_key", "verband_name", "verband_kind", "population", "area_ha", "plz", "plz_unique"];

    /// <summary>Replaces the register with <paramref name="data"/> (all or nothing); returns the new generation.</summary>
    public async Task<long> ReplaceAsync(RegisterData data, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.Command("DELETE FROM municipalities", transaction).ExecuteNonQueryAsync(cancellationToken);
        await using (var insert = connection.Command(
            $"INSERT INTO municipalities ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})", transaction))
        {
            var parameters = Columns.Select(c => insert.Parameters.Add(new SqliteParameter { ParameterName = "$" + c })).ToArray();
            foreach (var e in data.Entries)
            {
                object?[] values = [e.Key, e.Level, e.Kind, e.Name, e.Seat, e.State, e.Ars, e.KreisKey, e.KreisName, e.VerbandKey, e.VerbandName, e.VerbandKind, e.Population, e.AreaHectares, e.Plz, e.PlzUnique ? 1 : 0];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var generation = (long)(await connection.Command("SELECT COALESCE(MAX(generation), 0) + 1 FROM municipality_register", transaction).ExecuteScalarAsync(cancellationToken))!;
        await connection.Command(
            """
            INSERT INTO municipality_register (id, gebietsstand, source, imported_at, generation) VALUES (1, $stand, $source, $now, $generation)
            ON CONFLICT (id) DO UPDATE SET gebietsstand = excluded.gebietsstand, source = excluded.source, imported_at = excluded.imported_at, generation = excluded.generation
            """, transaction)
            .With("$stand", data.Edition.Gebietsstand.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).With("$source", source)
            .With("$now", time.GetUtcNow().ToStorage()).With("$generation", generation)
            .ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return generation;
    }

    /// <summary>The generation of the stored register; 0 when nothing was ever imported.</summary>
    public async Task<long> GetGenerationAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (long)(await connection.Command("SELECT COALESCE(MAX(generation), 0) FROM municipality_register").ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The stored register as an index (empty when nothing was imported).</summary>
    public async Task<MunicipalityIndex> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var stand = await connection.Command("SELECT gebietsstand FROM municipality_register WHERE id = 1", transaction).ExecuteScalarAsync(cancellationToken) as string;
        if (stand is null)
        {
            return MunicipalityIndex.Empty;
        }

        var entries = new List<RegisterEntry>(16_000);
        await using var reader = await connection.Command(
            $"SELECT {string.Join(", ", Columns)} FROM municipalities",
            transaction).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new RegisterEntry
            {
                Key = reader.GetString(0), Level = reader.GetString(1), Kind = reader.GetString(2), Name = reader.GetString(3), Seat = reader.GetNullableString(4),
                State = reader.GetString(5), Ars = reader.GetString(6), KreisKey = reader.GetNullableString(7), KreisName = reader.GetNullableString(8),
                VerbandKey = reader.GetNullableString(9), VerbandName = reader.GetNullableString(10), VerbandKind = reader.GetNullableString(11),
                Population = reader.IsDBNull(12) ? null : reader.GetInt64(12), AreaHectares = reader.IsDBNull(13) ? null : reader.GetInt64(13),
                Plz = reader.GetNullableString(14), PlzUnique = reader.GetInt64(15) != 0,
            });
        }

        var edition = new RegisterEdition(DateOnly.ParseExact(stand, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new MunicipalityIndex(edition, entries);
    }
}
