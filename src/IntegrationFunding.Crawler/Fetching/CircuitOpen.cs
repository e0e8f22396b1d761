namespace IntegrationFunding.Crawler.Fetching;

/// <summary>The German report text for a request the open circuit breaker of its host refused.</summary>
internal static class CircuitOpen
{
    public static string Reason(Uri url) =>
        $"Circuit Breaker für {url.Authority} offen: zu viele Fehler bei diesem Host, Seite nicht abgerufen (nächster Versuch nach der Sperrzeit).";
}
