#pragma once
// The user's providers file (<app data>/providers.json): an overlay merged over the built-in
// catalog (rules in Catalog.h). The GUI edits it one provider at a time (custom endpoints,
// enable/disable) and never rewrites what the user wrote by hand about other providers.
//
//   UserCatalog user(Catalog::defaultUserPath());
//   UserCatalog::Loaded l = user.load();      // built-ins alone when the file is broken, l.problem says why
//   user.saveProvider(info);                  // whole entry replaced or appended, written atomically
//
// Writes go through QSaveFile: a crash mid-write leaves the previous file. A file that cannot be
// parsed is never overwritten: edits are refused, naming the file, line and column, until the
// user fixes or removes it.

#include "router/base/Outcome.h"
#include "router/catalog/Catalog.h"

#include <QJsonObject>
#include <QString>

namespace sb {

class UserCatalog {
public:
    explicit UserCatalog(QString path)
        : m_path(std::move(path))
    {
    }
    const QString &path() const { return m_path; }

    // The overlay document; a missing file is an empty overlay. Errors name the file, and for
    // malformed JSON the line and column.
    Outcome<QJsonObject> read() const;

    struct Loaded {
        Catalog catalog;
        QString problem; // empty when the user file (if any) was applied
    };
    // Built-ins merged with the overlay; a broken overlay (syntax or validation) falls back to the
    // built-ins, leaving the file untouched.
    Loaded load() const;

    // Replaces the provider's entry in the overlay (or appends it) with the whole provider.
    Outcome<void> saveProvider(const ProviderInfo &info);
    // Sets one field on the provider's overlay entry (creating a minimal entry if needed).
    Outcome<void> setProviderField(const QString &providerId, const QString &field, const QJsonValue &value);
    // Drops the provider's entry; a built-in provider is removed with a {"remove": true} marker.
    Outcome<void> removeProvider(const QString &providerId);

    // "line L, column C" of a byte offset, for JSON parse errors.
    static QString lineColumn(const QByteArray &text, qsizetype offset);

private:
    Outcome<void> write(const QJsonObject &doc) const;
    template <typename Edit> Outcome<void> edit(const QString &providerId, Edit &&editEntry);

    QString m_path;
};

} // namespace sb
