#!/usr/bin/env bash
# Serves the dashboard of the embedded default: builds it in Release (incremental, so running again is cheap)
# and runs it against data/analytics.duckdb of the repository with the demo users, on http://127.0.0.1:5000
# unless ASPNETCORE_URLS or --urls says otherwise. Extra arguments go to the app (e.g. --urls http://127.0.0.1:5050).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export EDU_ROOT="$root"
project="$root/dashboard/Edu.Dashboard/Edu.Dashboard.csproj"
dotnet build "$project" -c Release -nologo -v q -clp:ErrorsOnly\;NoSummary >&2
cd "$root"
# Users come from configuration; the demo file is used only when no other users file is configured.
export Dashboard__UsersFile="${Dashboard__UsersFile:-dashboard/demo-users.json}"
exec dotnet "$root/dashboard/Edu.Dashboard/bin/Release/net10.0/linux-x64/Edu.Dashboard.dll" --contentRoot "$root/dashboard/Edu.Dashboard" "$@"
