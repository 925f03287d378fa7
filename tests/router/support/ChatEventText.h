#pragma once
// Test helpers for adapter output: a compact, diff-friendly text form of a ChatEvent sequence
// and a way to run a stream decoder over a body in chunks of a given size.

#include "router/adapters/ProviderAdapter.h"

#include <QString>
#include <QVector>

namespace sb::test {

// One token per event, joined with " | ":
//   T:text  R:reasoning  C<index>[id,name]:args  U:in/out/cached[/reasoning]  F:reason
//   E:<status>:<type>   (the error message is left out; assert on it separately)
QString describeEvents(const QVector<ChatEvent> &events);

// Feeds body to a fresh decoder of adapter in chunks of chunkSize bytes (0: all at once),
// then finish(). contentType is passed to setContentType() first when not empty.
QVector<ChatEvent> decodeStream(const ProviderAdapter &adapter, const QByteArray &body, qsizetype chunkSize,
    const QByteArray &contentType = "text/event-stream");

// The first Error event, or an empty event of kind TextDelta when none.
ChatEvent firstError(const QVector<ChatEvent> &events);

// Concatenation of every TextDelta / ReasoningDelta / argument fragment of tool call index.
QString joinedText(const QVector<ChatEvent> &events);
QString joinedReasoning(const QVector<ChatEvent> &events);
QString joinedToolArguments(const QVector<ChatEvent> &events, int toolIndex);

} // namespace sb::test
