#pragma once
// `switchboard --bench-chat N`: how a long conversation opens and scrolls, for docs/benchmarks.md.
// Builds a temporary data directory with one conversation of N mixed messages (Markdown, code
// blocks, long answers, thinking sections), then times, on the real widgets:
//   store   opening the SQLite store and reading the messages
//   model   filling the ConversationModel
//   open    from setModel on a visible ChatView to its first complete paint at the bottom
//   frames  scrolling from the top to the bottom by page steps, one repaint per step
// and prints one key=value line per figure. Best under QT_QPA_PLATFORM=offscreen, which still
// rasterises every frame into the window's backing store.

#include <QString>

class QTextStream;

namespace sb {

// Returns the process exit code (0: measured; 1: the store could not be written or read).
int runChatBench(int messages, QTextStream &out);

} // namespace sb
