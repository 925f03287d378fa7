#pragma once
// Secrets never reach logs, the ledger or error messages. Every text the router passes on from a
// provider or a transport goes through redactSecrets() with the keys in play.

#include <QString>
#include <QStringList>

namespace sb {

inline constexpr char kRedacted[] = "[redacted]";

// Replaces every known secret (exact text), then anything shaped like a credential:
// "Authorization: Bearer ...", "x-api-key: ...", "x-goog-api-key: ...", "?key=..." / "&key=..."
// in URLs, and sk-/gsk_/hf_-style tokens.
QString redactSecrets(QString text, const QStringList &secrets = {});

} // namespace sb
