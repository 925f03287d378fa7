#!/usr/bin/env bash
# Signing hook for Switchboard.app (run by CPack before DragNDrop makes the .dmg, through
# packaging/macos/sign-hook.cmake, and usable by hand). Secrets come from the environment only:
#   SB_MACOS_SIGN_IDENTITY     "Developer ID Application: NAME (TEAMID)" in the keychain; without it
#                              the bundle is signed ad hoc (runs on this Mac, Gatekeeper warns elsewhere)
#   SB_MACOS_CERT_BASE64, SB_MACOS_CERT_PASSWORD
#                              optional: a .p12 imported into a temporary keychain first (CI runners)
#   SB_MACOS_NOTARY_APPLE_ID, SB_MACOS_NOTARY_TEAM_ID, SB_MACOS_NOTARY_PASSWORD
#                              optional: notarize and staple (an app-specific password)
# Usage: sign-and-notarize.sh PATH/TO/Switchboard.app
set -euo pipefail
app="$1"
entitlements="$(dirname "$0")/entitlements.plist"

if [ -n "${SB_MACOS_CERT_BASE64:-}" ]; then
  kc="$RUNNER_TEMP/switchboard-sign.keychain-db"
  kcpass="$(uuidgen)"
  security create-keychain -p "$kcpass" "$kc"
  security set-keychain-settings -lut 3600 "$kc"
  security unlock-keychain -p "$kcpass" "$kc"
  echo "$SB_MACOS_CERT_BASE64" | base64 --decode > "$RUNNER_TEMP/cert.p12"
  security import "$RUNNER_TEMP/cert.p12" -k "$kc" -P "${SB_MACOS_CERT_PASSWORD:-}" -T /usr/bin/codesign
  rm -f "$RUNNER_TEMP/cert.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$kcpass" "$kc" >/dev/null
  security list-keychains -d user -s "$kc" $(security list-keychains -d user | tr -d '"')
fi

identity="${SB_MACOS_SIGN_IDENTITY:--}"
[ "$identity" = "-" ] && echo "sign-and-notarize: SB_MACOS_SIGN_IDENTITY is not set; signing ad hoc"
# Inside out: libraries and the CLI first, then the bundle (codesign --deep is deprecated).
find "$app/Contents/Frameworks" "$app/Contents/PlugIns" -type f \( -name '*.dylib' -o -perm -u+x \) 2>/dev/null |
  while read -r f; do codesign --force --timestamp --options runtime --sign "$identity" "$f"; done
find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' | while read -r f; do
  codesign --force --timestamp --options runtime --sign "$identity" "$f"
done
codesign --force --timestamp --options runtime --sign "$identity" "$app/Contents/MacOS/switchboard-cli"
codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$identity" "$app"
codesign --verify --strict --verbose=2 "$app"

if [ "$identity" != "-" ] && [ -n "${SB_MACOS_NOTARY_APPLE_ID:-}" ]; then
  zip="$RUNNER_TEMP/Switchboard-notarize.zip"
  ditto -c -k --keepParent "$app" "$zip"
  xcrun notarytool submit "$zip" --apple-id "$SB_MACOS_NOTARY_APPLE_ID" --team-id "$SB_MACOS_NOTARY_TEAM_ID" \
    --password "$SB_MACOS_NOTARY_PASSWORD" --wait
  xcrun stapler staple "$app"
  rm -f "$zip"
fi
