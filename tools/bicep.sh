#!/usr/bin/env bash
# Builds and lints every Bicep file under infra/ with the Bicep CLI restored from NuGet
# (Azure.Bicep.CommandLine.linux-x64, see tools/bicep/Bicep.Tools.csproj). Fails on any warning or error:
# `bicep lint` and `bicep build` exit 0 on warnings, so their diagnostics output is checked too.
set -uo pipefail
cd "$(dirname "$0")/.."

version=0.49.2
dotnet restore tools/bicep/Bicep.Tools.csproj --nologo -v quiet >/dev/null || { echo "bicep: restore of the Bicep CLI $version failed"; exit 1; }
bicep="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
[ -f "$bicep" ] || { echo "bicep: $bicep not found after restore"; exit 1; }
chmod +x "$bicep"

mapfile -t files < <(find infra -name '*.bicep' | sort)
[ "${#files[@]}" -gt 0 ] || { echo "bicep: no .bicep files under infra/"; exit 1; }

failed=0
for file in "${files[@]}"; do
  for command in build lint; do
    if [ "$command" = build ]; then
      output=$("$bicep" build "$file" --stdout 2>&1 >/dev/null)
    else
      output=$("$bicep" lint "$file" 2>&1)
    fi
    rc=$?
    if [ "$rc" -ne 0 ] || grep -qiE '(warning|error)' <<<"$output"; then
      echo "bicep $command $file: FAILED (exit $rc)"
      echo "$output"
      failed=1
    fi
  done
done

if [ "$failed" -ne 0 ]; then
  echo "bicep: diagnostics found"
  exit 1
fi
echo "bicep: ${#files[@]} files built and linted with no diagnostics"
