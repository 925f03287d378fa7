#pragma once
// Where the app keeps what it writes: conversations, the usage ledger, the user's providers.json
// and downloaded models. One folder, chosen once per process:
//   1. an explicit override (`switchboard --data-dir DIR`, tests),
//   2. the environment variable SWITCHBOARD_DATA_DIR,
//   3. the Settings key DataDirectory (set in the Settings dialog; it applies at the next start),
//   4. the platform's local application data folder (QStandardPaths::AppLocalDataLocation: the
//      same as AppDataLocation on Linux and macOS; on Windows %LOCALAPPDATA%, not the roaming
//      profile, which would copy gigabytes of models at every logon).
// The choice is latched on first use so that a folder changed in Settings does not split one
// running session's files across two places.

#include <QString>

namespace sb::dataPaths {

inline constexpr const char *kEnvironmentVariable = "SWITCHBOARD_DATA_DIR";

// The folder in use by this process (latched on the first call; created if missing).
QString directory();
QString filePath(const QString &name); // directory()/name
QString modelsDirectory(); // directory()/models (created if missing)

// Replaces the latched folder (the CLI option, tests). Empty: forget it, resolve again next call.
void setOverride(const QString &dir);

// What directory() would choose now, from the environment, Settings and the platform, ignoring
// the latch and any override. The Settings dialog shows it as "in use after restart".
QString resolve();
QString platformDefault();

// Empty when `dir` exists (or can be created) and a file can be written in it; otherwise why not,
// naming the folder.
QString checkWritable(const QString &dir);

} // namespace sb::dataPaths
