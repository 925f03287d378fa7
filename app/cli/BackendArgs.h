#pragma once
// The --backend / --device / --context options shared by the commands that run the local model.

#include <QCommandLineParser>

#include "engine/runtime/BackendSelect.h"

namespace sb::cli {

void addBackendOptions(QCommandLineParser &parser);
// Error message (empty when valid).
QString backendOptionsFrom(const QCommandLineParser &parser, BackendOptions &options);

} // namespace sb::cli
