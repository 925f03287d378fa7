#include "app/gui/chat/MessageDelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>

#include "app/common/ConversationStore.h"
#include "app/gui/chat/ConversationModel.h"

namespace sb {

namespace {

constexpr int kOuterH = 16; // card inset from the view's sides
constexpr int kOuterV = 6; // gap between cards
constexpr int kPad = 12; // card padding
constexpr int kGap = 6; // between sections of a card
constexpr int kCodePad = 6; // code background around the code text

bool isCode(const QTextBlock &b)
{
    const QTextBlockFormat f = b.blockFormat();
    return f.hasProperty(QTextFormat::BlockCodeFence) || f.nonBreakableLines();
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

// `visible`: the part of the view that shows, in the painter's coordinates; blocks outside it are
// skipped (a long answer mostly scrolled away costs only its visible lines).
void drawDocument(
    QPainter *p, QTextDocument *doc, const QPoint &origin, const QColor &text, const QRect &visible)
{
    p->save();
    p->translate(origin);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, text);
    ctx.clip = QRectF(QPointF(0, 0), doc->size()).intersected(QRectF(visible.translated(-origin)));
    doc->documentLayout()->draw(p, ctx);
    p->restore();
}

} // namespace

MessageDelegate::MessageDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::splitThinking(const QString &content, QString *answer, QString *thinking)
{
    static const QString open = QStringLiteral("<think>");
    static const QString close = QStringLiteral("</think>");
    const QString trimmed = content.trimmed();
    if (!trimmed.startsWith(open)) {
        *answer = content;
        thinking->clear();
        return;
    }
    const qsizetype end = trimmed.indexOf(close);
    if (end < 0) { // still thinking
        *thinking = trimmed.mid(open.size()).trimmed();
        answer->clear();
        return;
    }
    *thinking = trimmed.mid(open.size(), end - open.size()).trimmed();
    *answer = trimmed.mid(end + close.size()).trimmed();
}

int MessageDelegate::textWidth() const
{
    const int viewport = m_view ? m_view->viewport()->width() : 600;
    return std::max(120, viewport - 2 * kOuterH - 2 * kPad);
}

int MessageDelegate::cachedHeight(const QModelIndex &index) const
{
    const auto it = m_cache.find(index.data(ConversationModel::UidRole).toULongLong());
    if (it == m_cache.end() || it->second.revision != index.data(ConversationModel::RevisionRole).toInt()
        || it->second.width != textWidth())
        return -1;
    return it->second.height;
}

const MessageDelegate::Layout &MessageDelegate::layoutFor(const QModelIndex &index, const QFont &font) const
{
    const quint64 uid = index.data(ConversationModel::UidRole).toULongLong();
    const int revision = index.data(ConversationModel::RevisionRole).toInt();
    const int width = textWidth();
    Layout &l = m_cache[uid];
    if (l.revision == revision && l.width == width)
        return l;

    const QString role = index.data(ConversationModel::RoleNameRole).toString();
    QString answer;
    QString thinking = index.data(ConversationModel::ReasoningRole).toString();
    if (thinking.isEmpty())
        splitThinking(index.data(Qt::DisplayRole).toString(), &answer, &thinking);
    else
        answer = index.data(Qt::DisplayRole).toString();
    const bool expanded = index.data(ConversationModel::ThinkingExpandedRole).toBool();
    const QFontMetrics fm(font);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    const QFontMetrics sfm(small);

    l.revision = revision;
    l.width = width;
    l.expanded = expanded;
    l.thinkingText = thinking;
    l.code.clear();

    if (!l.content)
        l.content = std::make_unique<QTextDocument>();
    l.content->setDocumentMargin(0);
    l.content->setDefaultFont(font);
    if (role == QLatin1String("assistant"))
        l.content->setMarkdown(answer, QTextDocument::MarkdownDialectGitHub);
    else
        l.content->setPlainText(answer);
    l.content->setTextWidth(width);

    // Code blocks: consecutive code paragraphs form one block with one Copy button.
    QRectF current;
    QStringList lines;
    auto flush = [&] {
        if (!lines.isEmpty())
            l.code.push_back({ current, lines.join(QLatin1Char('\n')) });
        lines.clear();
        current = QRectF();
    };
    for (QTextBlock b = l.content->begin(); b.isValid(); b = b.next()) {
        if (isCode(b)) {
            const QRectF r = l.content->documentLayout()->blockBoundingRect(b);
            current = current.isNull() ? r : current.united(r);
            lines << b.text();
        } else {
            flush();
        }
    }
    flush();

    int y = kPad;
    l.headerRect = QRect(kPad, y, width, fm.height());
    y += fm.height() + kGap;
    l.thinkingRect = QRect();
    l.reasoning.reset();
    if (!thinking.isEmpty()) {
        l.thinkingRect = QRect(kPad, y, width, sfm.height() + 6);
        y += l.thinkingRect.height() + kGap;
        if (expanded) {
            l.reasoning = std::make_unique<QTextDocument>();
            l.reasoning->setDocumentMargin(0);
            QFont italic = small;
            italic.setItalic(true);
            l.reasoning->setDefaultFont(italic);
            l.reasoning->setPlainText(thinking);
            l.reasoning->setTextWidth(width - 12);
            l.reasoningOrigin = QPoint(kPad + 12, y);
            y += int(std::ceil(l.reasoning->size().height())) + kGap;
        }
    }
    l.contentOrigin = QPoint(kPad, y + (l.code.isEmpty() ? 0 : 0));
    const int contentHeight = answer.isEmpty() ? 0 : int(std::ceil(l.content->size().height()));
    y += contentHeight;
    // Room for the code background below a trailing code block.
    if (!l.code.isEmpty())
        y += kCodePad;
    const QString error = index.data(ConversationModel::ErrorRole).toString();
    l.errorRect = QRect();
    if (!error.isEmpty()) {
        y += kGap;
        const QRect bounds = sfm.boundingRect(QRect(kPad, y, width, 10000), Qt::TextWordWrap, error);
        l.errorRect = QRect(kPad, y, width, bounds.height());
        y += bounds.height();
    }
    const QString meta = index.data(ConversationModel::MetaTextRole).toString();
    const bool streaming
        = index.data(ConversationModel::StatusRole).toInt() == int(StoredMessage::Status::Streaming);
    l.metaRect = QRect();
    if (!meta.isEmpty() || streaming) {
        y += kGap;
        l.metaRect = QRect(kPad, y, width, sfm.height());
        y += sfm.height();
    }
    y += kPad;
    l.height = y + 2 * kOuterV;
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A row laid out at this width before (shown, or streaming) stays exact: a new revision of it
    // is one re-layout. A row never laid out at this width gets the estimate.
    const auto it = m_cache.find(index.data(ConversationModel::UidRole).toULongLong());
    const bool known = it != m_cache.end() && it->second.width == textWidth();
    const int height = known ? layoutFor(index, option.font).height : estimatedHeight(index, option.font);
    return QSize(textWidth() + 2 * kPad + 2 * kOuterH, height);
}

int MessageDelegate::estimatedHeight(const QModelIndex &index, const QFont &font) const
{
    Estimate &cached = m_estimates[index.data(ConversationModel::UidRole).toULongLong()];
    const int revision = index.data(ConversationModel::RevisionRole).toInt();
    if (cached.revision == revision && cached.width == textWidth())
        return cached.height;
    cached.revision = revision;
    cached.width = textWidth();
    const QFontMetrics fm(font);
    QFont smallFont = font;
    smallFont.setPointSizeF(font.pointSizeF() * 0.88);
    const QFontMetrics sfm(smallFont);
    const int charsPerLine = std::max(10, textWidth() / std::max(1, fm.averageCharWidth()));
    const QString content = index.data(Qt::DisplayRole).toString();
    const bool thinking = !index.data(ConversationModel::ReasoningRole).toString().isEmpty()
        || content.trimmed().startsWith(QLatin1String("<think>"));
    // Wrapped lines of text, one per code line, and a paragraph gap for blank lines.
    int lines = 0;
    bool code = false;
    for (qsizetype start = 0; start <= content.size();) {
        qsizetype end = content.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = content.size();
        const QStringView line = QStringView(content).mid(start, end - start).trimmed();
        if (line.startsWith(QLatin1String("```")))
            code = !code;
        else if (code || line.isEmpty())
            lines += 1;
        else
            lines += 1 + int((line.size() - 1) / charsPerLine);
        start = end + 1;
    }
    int y = kPad + fm.height() + kGap;
    if (thinking)
        y += sfm.height() + 6 + kGap;
    y += lines * fm.lineSpacing();
    if (!index.data(ConversationModel::MetaTextRole).toString().isEmpty())
        y += kGap + sfm.height();
    cached.height = y + kPad + 2 * kOuterV;
    return cached.height;
}

QRect MessageDelegate::copyButtonRect(const CodeBlock &block, const QPoint &origin)
{
    const QRect r = block.rect.toAlignedRect().translated(origin);
    return QRect(r.right() - 56 + kCodePad, r.top() - kCodePad + 3, 52, 20);
}

void MessageDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout &l = layoutFor(index, option.font);
    const QPalette &pal = option.palette;
    const QString role = index.data(ConversationModel::RoleNameRole).toString();
    const bool user = role == QLatin1String("user");
    const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(kOuterH, kOuterV, -kOuterH, -kOuterV);
    const QRect visible = m_view ? option.rect.intersected(m_view->viewport()->rect()) : option.rect;
    const QColor base = pal.color(QPalette::Base);
    const QColor tint = user ? mix(base, pal.color(QPalette::Highlight), dark ? 0.25 : 0.10) : base;
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter->fillPath(path, tint);
    painter->setPen(mix(base, pal.color(QPalette::Text), 0.15));
    painter->drawPath(path);

    const QPoint o = card.topLeft();
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QColor muted = mix(base, pal.color(QPalette::Text), 0.6);

    // Header: who speaks, and for answers which model answered.
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QString who = user ? tr("You") : role == QLatin1String("system") ? tr("System") : tr("Assistant");
    painter->drawText(l.headerRect.translated(o), Qt::AlignLeft | Qt::AlignVCenter, who);
    const QString model = index.data(ConversationModel::ModelRole).toString();
    if (!user && !model.isEmpty()) {
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(l.headerRect.translated(o), Qt::AlignRight | Qt::AlignVCenter, model);
    }

    if (l.thinkingRect.isValid()) {
        const QRect r = l.thinkingRect.translated(o);
        QPainterPath pill;
        const int w = std::min(r.width(), QFontMetrics(small).horizontalAdvance(tr("Hide thinking")) + 40);
        pill.addRoundedRect(QRectF(r.left(), r.top(), w, r.height()), 5, 5);
        painter->fillPath(pill, mix(base, pal.color(QPalette::Text), 0.07));
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(r.adjusted(8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            (l.expanded ? QStringLiteral("▾ ") + tr("Hide thinking")
                        : QStringLiteral("▸ ") + tr("Show thinking")));
        if (l.reasoning) {
            const int h = int(std::ceil(l.reasoning->size().height()));
            painter->fillRect(QRect(o.x() + kPad + 2, o.y() + l.reasoningOrigin.y(), 2, h),
                mix(base, pal.color(QPalette::Text), 0.25));
            drawDocument(painter, l.reasoning.get(), o + l.reasoningOrigin, muted, visible);
        }
    }

    // Code backgrounds first, then the text over them, then the Copy buttons.
    const QPoint contentOrigin = o + l.contentOrigin;
    const QColor codeBg = mix(base, pal.color(QPalette::Text), dark ? 0.12 : 0.06);
    for (const CodeBlock &b : l.code) {
        QPainterPath bg;
        bg.addRoundedRect(
            b.rect.translated(contentOrigin).adjusted(-kCodePad, -kCodePad, kCodePad, kCodePad), 6, 6);
        painter->fillPath(bg, codeBg);
    }
    painter->setClipRect(card);
    drawDocument(painter, l.content.get(), contentOrigin, pal.color(QPalette::Text), visible);
    painter->setClipping(false);
    painter->setFont(small);
    for (const CodeBlock &b : l.code) {
        const QRect button = copyButtonRect(b, contentOrigin);
        QPainterPath bp;
        bp.addRoundedRect(QRectF(button), 4, 4);
        painter->fillPath(bp, base);
        painter->setPen(mix(base, pal.color(QPalette::Text), 0.3));
        painter->drawPath(bp);
        painter->setPen(muted);
        painter->drawText(button, Qt::AlignCenter, tr("Copy"));
    }

    if (l.errorRect.isValid()) {
        painter->setPen(QColor(0xc0, 0x39, 0x2b));
        painter->drawText(
            l.errorRect.translated(o), Qt::TextWordWrap, index.data(ConversationModel::ErrorRole).toString());
    }
    if (l.metaRect.isValid()) {
        painter->setPen(muted);
        const bool streaming
            = index.data(ConversationModel::StatusRole).toInt() == int(StoredMessage::Status::Streaming);
        const int status = index.data(ConversationModel::StatusRole).toInt();
        QString meta = streaming ? tr("Generating…") : index.data(ConversationModel::MetaTextRole).toString();
        if (status == int(StoredMessage::Status::Stopped))
            meta = tr("Stopped") + QStringLiteral("  ·  ") + meta;
        painter->drawText(l.metaRect.translated(o), Qt::AlignLeft | Qt::AlignVCenter, meta);
    }
    painter->restore();
}

bool MessageDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *me = static_cast<QMouseEvent *>(event);
    if (me->button() != Qt::LeftButton)
        return false;
    const Layout &l = layoutFor(index, option.font);
    const QPoint o = option.rect.topLeft() + QPoint(kOuterH, kOuterV);
    const QPoint pos = me->position().toPoint();
    if (l.thinkingRect.isValid() && l.thinkingRect.translated(o).contains(pos)) {
        model->setData(index, !l.expanded, ConversationModel::ThinkingExpandedRole);
        return true;
    }
    for (const CodeBlock &b : l.code) {
        if (copyButtonRect(b, o + l.contentOrigin).contains(pos)) {
            QGuiApplication::clipboard()->setText(b.code);
            Q_EMIT codeCopied(b.code);
            return true;
        }
    }
    return false;
}

QStringList MessageDelegate::codeBlocks(const QModelIndex &index) const
{
    QStringList out;
    for (const CodeBlock &b : layoutFor(index, m_view ? m_view->font() : QFont()).code)
        out << b.code;
    return out;
}

} // namespace sb
