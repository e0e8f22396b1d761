# Multi-stage build of the web host (UI + API). The SQLite database lives on the /data volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/IntegrationFunding.Api/IntegrationFunding.Api.csproj -c Release -o /app/api \
 && dotnet publish src/IntegrationFunding.Cli/IntegrationFunding.Cli.csproj -c Release -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/* \
 && groupadd --system app && useradd --system --gid app --home /app app \
 && mkdir -p /data && chown app:app /data
WORKDIR /app
COPY --from=build /app/api ./
COPY --from=build /app/cli ./cli/
COPY crawler-config ./crawler-config/
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__DatabasePath=/data/integrationfunding.db \
    Crawler__ConfigDirectory=/app/crawler-config
VOLUME ["/data"]
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "IntegrationFunding.Api.dll"]
