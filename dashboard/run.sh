#!/usr/bin/env bash
# Serves the dashboard of the embedded default: builds it in Release when its sources changed (.ci/build-if-changed)
# and runs it against data/analytics.duckdb of the repository with the demo users, on http://127.0.0.1:5000
# unless ASPNETCORE_URLS or --urls says otherwise. Extra arguments go to the app (e.g. --urls http://127.0.0.1:5050).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export EDU_ROOT="$root"
dll="dashboard/Edu.Dashboard/bin/Release/net10.0/linux-x64/Edu.Dashboard.dll"
"$root/.ci/build-if-changed" dashboard/Edu.Dashboard/Edu.Dashboard.csproj "$dll" dashboard etl analytics
cd "$root"
# Users come from configuration; the demo file is used only when no other users file is configured.
export Dashboard__UsersFile="${Dashboard__UsersFile:-dashboard/demo-users.json}"
exec dotnet "$root/$dll" --contentRoot "$root/dashboard/Edu.Dashboard" "$@"
