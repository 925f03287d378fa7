#include "app/gui/chat/ChatBench.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWindow>
#include <algorithm>
#include <ctime>

#include "app/common/ConversationStore.h"
#include "app/gui/chat/ChatView.h"
#include "app/gui/chat/ConversationModel.h"
#include "app/gui/chat/MessageDelegate.h"
#include "engine/core/Platform.h"

namespace sb {

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this thread in ms: on a shared machine, wall-clock frames also count the time other
// processes held the core; this is what the frame itself cost.
double threadCpuMs()
{
    return platform::threadCpuMs();
}

QString codeBlock(int i)
{
    QString code
        = QStringLiteral("```cpp\n#include <vector>\n\n// variant %1\nstd::vector<int> squares(int n)\n{\n"
                         "    std::vector<int> out;\n    out.reserve(n);\n")
              .arg(i);
    for (int line = 0; line < 8 + i % 24; ++line)
        code += QStringLiteral(
            "    out.push_back(%1 * %1); // step %2 of the loop body, kept long enough to wrap maybe\n")
                    .arg(line)
                    .arg(i);
    code += QStringLiteral("    return out;\n}\n```\n");
    return code;
}

QString paragraph(int i, int sentences)
{
    static const char *words[] = { "router", "budget", "latency", "provider", "token", "stream", "ledger",
        "context", "Markdown", "model", "cheapest", "fastest", "cache", "window" };
    QString p;
    for (int s = 0; s < sentences; ++s) {
        QString sentence;
        for (int w = 0; w < 9 + (i + s) % 11; ++w) {
            if (!sentence.isEmpty())
                sentence += QLatin1Char(' ');
            sentence += QLatin1String(words[(i * 7 + s * 3 + w * 5) % 14]);
        }
        sentence[0] = sentence[0].toUpper();
        p += sentence + QStringLiteral(". ");
    }
    return p.trimmed();
}

// Deterministic mix: short questions; Markdown answers with lists, emphasis and inline code; code
// blocks; long multi-paragraph answers; a table now and then; thinking sections.
StoredMessage makeMessage(qint64 conversation, int i)
{
    StoredMessage m;
    m.conversationId = conversation;
    m.createdMs = 1'760'000'000'000 + qint64(i) * 30'000;
    m.status = StoredMessage::Status::Done;
    if (i % 2 == 0) {
        m.role = QStringLiteral("user");
        m.content = i % 10 == 0 ? paragraph(i, 6) : paragraph(i, 1 + i % 3) + QStringLiteral("?");
        return m;
    }
    m.role = QStringLiteral("assistant");
    m.provider = i % 3 == 0 ? QStringLiteral("groq") : QStringLiteral("local");
    m.model = QStringLiteral("HuggingFaceTB/SmolLM3-3B");
    m.tokensIn = 200 + i;
    m.tokensOut = 80 + i % 700;
    m.costUsd = m.provider == QLatin1String("local") ? 0 : 0.00004 * (i % 13);
    m.ttftMs = 120 + i % 300;
    m.tokensPerSec = 40 + i % 60;
    switch ((i / 2) % 5) {
    case 0: // Markdown
        m.content = QStringLiteral(
            "## Step %1\n\n%2\n\n- **First**: %3\n- *Second*: `sb::Router::chat()` %4\n- Third\n\n> %5\n")
                        .arg(i)
                        .arg(paragraph(i, 3), paragraph(i + 1, 1), paragraph(i + 2, 1), paragraph(i + 3, 2));
        break;
    case 1: // code
        m.content = paragraph(i, 2) + QStringLiteral("\n\n") + codeBlock(i) + QStringLiteral("\n")
            + paragraph(i + 5, 2);
        break;
    case 2: // long
        for (int p = 0; p < 6 + i % 6; ++p)
            m.content += paragraph(i + p, 5 + p % 3) + QStringLiteral("\n\n");
        break;
    case 3: // table + thinking
        m.reasoning = paragraph(i, 8);
        m.content = QStringLiteral("| Provider | TTFT ms | Cost |\n|---|---:|---:|\n| groq | %1 | $0.0%2 "
                                   "|\n| local | %3 | $0 |\n\n%4\n")
                        .arg(100 + i % 50)
                        .arg(i % 9)
                        .arg(300 + i % 70)
                        .arg(paragraph(i, 2));
        break;
    default: // short
        m.content = paragraph(i, 1);
        break;
    }
    return m;
}

struct Percentiles {
    double median = 0, p95 = 0, max = 0;
};

Percentiles percentiles(QVector<double> v)
{
    Percentiles p;
    if (v.isEmpty())
        return p;
    std::sort(v.begin(), v.end());
    p.median = v[v.size() / 2];
    p.p95 = v[std::min<qsizetype>(v.size() - 1, qsizetype(double(v.size()) * 0.95))];
    p.max = v.last();
    return p;
}

double residentMiB()
{
    return double(platform::residentBytes()) / (1024.0 * 1024.0);
}

} // namespace

int runChatBench(int count, QTextStream &out)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conversations.sqlite"));
    qint64 conversationId = 0;
    qint64 bytes = 0;
    {
        auto store = ConversationStore::open(path);
        if (!store) {
            out << "error=" << store.error() << Qt::endl;
            return 1;
        }
        auto info = store.value()->create(QStringLiteral("Benchmark conversation"));
        if (!info) {
            out << "error=" << info.error() << Qt::endl;
            return 1;
        }
        conversationId = info->id;
        QVector<StoredMessage> messages;
        messages.reserve(count);
        for (int i = 0; i < count; ++i) {
            messages << makeMessage(conversationId, i);
            bytes += messages.last().content.size() + messages.last().reasoning.size();
        }
        if (auto r = store.value()->appendMessages(messages); !r) {
            out << "error=" << r.error() << Qt::endl;
            return 1;
        }
    }
    out << "messages=" << count << " text_chars=" << bytes << Qt::endl;

    ChatView view;
    view.resize(1000, 760);
    view.show();
    for (int i = 0; i < 20 && !(view.windowHandle() && view.windowHandle()->isExposed()); ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QApplication::processEvents();

    QElapsedTimer total;
    total.start();
    const double openCpu0 = threadCpuMs();
    QElapsedTimer t;
    t.start();
    auto store = ConversationStore::open(path);
    if (!store) {
        out << "error=" << store.error() << Qt::endl;
        return 1;
    }
    auto loaded = store.value()->messages(conversationId);
    if (!loaded || loaded->size() != count) {
        out << "error=" << (loaded ? QStringLiteral("read %1 messages").arg(loaded->size()) : loaded.error())
            << Qt::endl;
        return 1;
    }
    const double storeMs = ms(t);

    t.restart();
    ConversationModel model;
    model.setMessages(loaded.value());
    const double modelMs = ms(t);

    // What opening a conversation does in the chat area: the view gets the model and shows the
    // newest message; the clock stops when that first frame is painted.
    t.restart();
    view.setModel(&model);
    view.scrollToBottom();
    view.viewport()->repaint();
    const double openMs = ms(t);
    const double totalMs = ms(total);
    const double openCpuMs = threadCpuMs() - openCpu0;
    out << "store_load_ms=" << storeMs << Qt::endl;
    out << "model_fill_ms=" << modelMs << Qt::endl;
    out << "layout_and_first_paint_ms=" << openMs << Qt::endl;
    out << "open_total_ms=" << totalMs << " open_cpu_ms=" << openCpuMs << Qt::endl;
    out << "layouts_cached=" << view.messageDelegate()->cacheSize() << Qt::endl;

    // Scrolling. Cold: straight after opening, from the newest message up to the first by page
    // steps, as a reader going back does (rows not yet laid out are laid out as they come into
    // view). Then the idle warm-up lays out the rest in slices; then, warm, the whole list top to
    // bottom by page steps and the last stretch by wheel steps (3 lines). One repaint per step.
    ChatView *target = &view;
    QScrollBar *bar = view.verticalScrollBar();
    QVector<double> cpu; // per frame, all passes in order
    auto frame = [&](int value) {
        QElapsedTimer f;
        f.start();
        const double c0 = threadCpuMs();
        bar->setValue(value);
        target->viewport()->repaint();
        cpu << threadCpuMs() - c0;
        return ms(f);
    };
    QVector<double> coldFrames;
    for (int v = bar->maximum(); v > 0; v -= bar->pageStep())
        coldFrames << frame(v);
    coldFrames << frame(0);

    // A second view opens the same conversation and is left idle: the warm-up lays out every row
    // in slices (each one an event-loop turn the user would wait for at most); the warm passes
    // then run on it.
    ChatView idle;
    idle.resize(1000, 760);
    idle.show();
    for (int i = 0; i < 20 && !(idle.windowHandle() && idle.windowHandle()->isExposed()); ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    idle.setModel(&model);
    idle.scrollToBottom();
    idle.viewport()->repaint();
    target = &idle;
    bar = idle.verticalScrollBar();
    const int pendingAtIdleOpen = idle.pendingLayouts();
    QElapsedTimer warm;
    warm.start();
    QVector<double> slices;
    while (idle.pendingLayouts() > 0 && warm.elapsed() < 120000) {
        QElapsedTimer s;
        s.start();
        QApplication::processEvents();
        slices << ms(s);
    }
    const double warmMs = ms(warm);

    QVector<double> pageFrames;
    for (int v = 0; v <= bar->maximum(); v += bar->pageStep())
        pageFrames << frame(v);
    pageFrames << frame(bar->maximum());
    QVector<double> wheelFrames;
    const int wheel = bar->singleStep() * 3;
    for (int v = std::max(0, bar->maximum() - 300 * wheel); v <= bar->maximum(); v += wheel)
        wheelFrames << frame(v);
    const Percentiles coldCpu = percentiles(cpu.mid(0, coldFrames.size()));
    const Percentiles warmCpu = percentiles(cpu.mid(coldFrames.size()));
    const Percentiles cold = percentiles(coldFrames);
    const Percentiles slice = percentiles(slices);
    const Percentiles page = percentiles(pageFrames);
    const Percentiles wheelP = percentiles(wheelFrames);
    out << "scroll_range_px=" << bar->maximum() << " page_step_px=" << bar->pageStep() << Qt::endl;
    out << "cold_page_frames=" << coldFrames.size() << " cold_frame_median_ms=" << cold.median
        << " cold_frame_p95_ms=" << cold.p95 << " cold_frame_max_ms=" << cold.max << Qt::endl;
    out << "cpu_per_frame cold_median_ms=" << coldCpu.median << " cold_p95_ms=" << coldCpu.p95
        << " cold_max_ms=" << coldCpu.max << " warm_median_ms=" << warmCpu.median
        << " warm_p95_ms=" << warmCpu.p95 << " warm_max_ms=" << warmCpu.max << Qt::endl;
    out << "warmup_rows=" << pendingAtIdleOpen << " warmup_ms=" << warmMs
        << " warmup_slices=" << slices.size() << " slice_median_ms=" << slice.median
        << " slice_p95_ms=" << slice.p95 << " slice_max_ms=" << slice.max << Qt::endl;
    out << "page_frames=" << pageFrames.size() << " page_frame_median_ms=" << page.median
        << " page_frame_p95_ms=" << page.p95 << " page_frame_max_ms=" << page.max << Qt::endl;
    out << "wheel_frames=" << wheelFrames.size() << " wheel_frame_median_ms=" << wheelP.median
        << " wheel_frame_p95_ms=" << wheelP.p95 << " wheel_frame_max_ms=" << wheelP.max << Qt::endl;
    out << "rss_mib=" << residentMiB() << Qt::endl;
    out << "platform=" << QGuiApplication::platformName() << Qt::endl;
    return 0;
}

} // namespace sb
