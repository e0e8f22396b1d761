using IntegrationFunding.Storage.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationFunding.Api.Observability;

/// <summary>Readiness: the SQLite file opens and answers a query.</summary>
internal sealed class DatabaseHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("Datenbank erreichbar.");
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("Datenbank nicht erreichbar: " + ex.Message);
        }
    }
}
