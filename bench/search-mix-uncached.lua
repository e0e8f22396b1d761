-- The search mix with a unique parameter per request: every response is computed, none comes from the output cache.
local paths = {
  "/api/v1/programmes?q=Sprachkurs",
  "/api/v1/programmes?q=Gefl%C3%BCchtete&state=DE-NW",
  "/api/v1/programmes?topic=sprache&maxOwnShare=10",
  "/api/v1/programmes?q=Integration%20Kommune&sort=deadline",
  "/api/v1/programmes?state=DE-BY&page=3",
  "/api/v1/programmes?q=Migrantenorganisationen&applicant=verein",
  "/api/v1/programmes?q=Kita&targetGroup=familien",
  "/api/v1/programmes?q=Ehrenamt%20Engagement&level=stiftung",
  "/api/v1/programmes?q=Quartier&status=open",
  "/api/v1/programmes?q=Koordinierungsstelle&state=DE-NI&maxOwnShare=20",
  "/api/v1/programmes?q=Arbeitsmarkt%20Fl%C3%BCchtlinge&pageSize=50",
  "/api/v1/programmes?openOn=2026-12-01&topic=bildung",
}
local i = 0
request = function()
  i = (i % #paths) + 1
  n = (n or 0) + 1
  return wrk.format("GET", paths[i] .. (string.find(paths[i], "?", 1, true) and "&" or "?") .. "nocache=" .. n)
end
