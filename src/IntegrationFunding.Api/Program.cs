using IntegrationFunding.Api.Endpoints;
using IntegrationFunding.Api.Infrastructure;
using IntegrationFunding.Api.Municipalities;
using IntegrationFunding.Api.Observability;
using IntegrationFunding.Api.Profiles;
using IntegrationFunding.Api.Ui;
using IntegrationFunding.Crawler;
using IntegrationFunding.Digest;
using IntegrationFunding.Search;
using IntegrationFunding.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();             // CSS also when started from the build output, not only via dotnet run
builder.AddObservability();                    // JSON logs with request ids, readiness checks, Prometheus metrics

builder.Services.AddStorage();                 // SQLite file, migrations, programme store
builder.Services.AddSearch();                  // German analysis, FTS5 index, filters and facets
builder.Services.AddCrawler();                 // sources, fetching, extraction; scheduled crawls when enabled
builder.Services.AddDigestScheduler();         // subscriptions, digest composition, SMTP outbox, weekly schedule
builder.Services.AddApiInfrastructure();       // JSON, problem details, OpenAPI, starter catalogue import
builder.Services.AddMunicipalityRegister();    // Destatis Gemeindeverzeichnis, imported at first start
builder.Services.AddProfiles();                // profiles, matching, API-key tenants
builder.Services.AddApiRateLimiting();         // per address and per API key, 429 with Retry-After
builder.Services.AddWebUi();                   // German web UI (Razor Pages under Ui/)

var app = builder.Build();

app.UseObservability();                        // one log line per request (route template, never path/query), endpoint metrics
app.UseApiInfrastructure();                    // errors as problem+json, OpenAPI document, Swagger UI
app.UseApiRateLimiting();
app.UseOutputCache();                          // public programme reads, keyed by query, day and data generation
app.MapHealth();                               // /healthz liveness
app.MapObservability();                        // /healthz/ready readiness (JSON), /metrics (Prometheus)
app.MapProgrammes();
app.MapTaxonomy();
app.MapChanges();
app.MapSubscriptions();
app.MapMunicipalities();
app.MapProfiles();
app.MapCalendars();
app.MapWebUi();                                // start page /, /suche, /programme/{id}, /profil

app.Run();
